package org.transdesk.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** The article formats ingest reads, each through its Okapi filter. */
public enum Format {
  TEXT("text", ".txt"),
  HTML("html", ".html", ".htm"),
  MARKDOWN("markdown", ".md", ".markdown");

  private final String spelling;
  private final String[] extensions;

  Format(String spelling, String... extensions) {
    this.spelling = spelling;
    this.extensions = extensions;
  }

  /** The name stored in document.format and typed after --format. */
  public String spelling() {
    return spelling;
  }

  /** The format a file's extension names, if transdesk reads it. */
  public static Optional<Format> ofFile(Path file) {
    Path name = file.getFileName();
    if (name == null) return Optional.empty();
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension)) return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  public static Format parse(String text) {
    for (Format format : values()) {
      if (format.spelling.equals(text)) return format;
    }
    throw new DeskException(ExitCode.USAGE, "unknown input format '%s': use text, html or markdown", text);
  }

  @Override
  public String toString() {
    return spelling;
  }
}
