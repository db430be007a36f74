package org.transdesk.xliff;

/**
 * Receives what {@link XliffReader#read} finds, in document order: {@link #file} once per
 * {@code <file>} before its units, then {@link #unit} per unit of that file.
 */
public interface XliffHandler {
  void file(XliffFile file);

  void unit(XliffUnit unit);
}
