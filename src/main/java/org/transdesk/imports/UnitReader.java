package org.transdesk.imports;

import java.nio.file.Path;

/**
 * Streams a returned XLIFF file: {@link Handler#file} per {@code <file>} element before its units,
 * {@link Handler#unit} per unit. A file the reader refuses (malformed, hostile, breaking the spec,
 * a unit id twice) throws a {@link org.transdesk.DeskException} with exit code 3, possibly after
 * some units were delivered: the caller's transaction then leaves nothing behind.
 */
interface UnitReader {
  void read(Path file, String name, Handler handler);

  /** Receives what the reader finds, in document order. */
  interface Handler {
    void file(ReturnedFile file);

    void unit(ReturnedUnit unit);
  }
}
