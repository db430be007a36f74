package org.transdesk.xliff;

import java.io.OutputStream;

/**
 * Streams one XLIFF file: the prolog and {@code <file>} on creation, one unit per {@link #write}
 * call, the closing tags on {@link #close}. Memory does not grow with the number of units. The
 * output depends on nothing but the arguments (no clock, no locale), so the same input gives the
 * same bytes.
 */
public interface XliffWriter extends AutoCloseable {
  void write(ExportUnit unit);

  /** Writes the closing tags and flushes; the stream itself stays open. */
  @Override
  void close();

  /** A writer for XLIFF "1.2" or "2.0". */
  static XliffWriter open(String version, OutputStream out, ExportFile file) {
    return switch (version) {
      case "1.2" -> new Xliff12Writer(out, file);
      case "2.0" -> new Xliff20Writer(out, file);
      default -> throw new IllegalArgumentException("XLIFF version " + version);
    };
  }

  /** The XLIFF versions export writes. */
  java.util.List<String> VERSIONS = java.util.List.of("1.2", "2.0");
}
