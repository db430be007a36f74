package org.transdesk.glossary;

/**
 * A rendering found in a target text: the span [start, end), the text there, and the approved or
 * forbidden variant of the glossary that it matched.
 */
public record Span(int start, int end, String text, String variant) {
  /** True when the two spans share at least one character. */
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
