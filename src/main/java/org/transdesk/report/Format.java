package org.transdesk.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** The shapes a report comes in. */
public enum Format {
  TEXT, CSV, JSON, HTML;

  public static Format parse(String name) {
    for (Format format : values()) if (format.label().equals(name.toLowerCase(Locale.ROOT))) return format;
    throw new DeskException(ExitCode.USAGE, "unknown format '%s': use %s", name, names());
  }

  public static String names() {
    return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public void write(Report report, Writer out) throws IOException {
    switch (this) {
      case TEXT -> {
        PrintWriter print = out instanceof PrintWriter p ? p : new PrintWriter(out);
        TextReport.write(report, print);
        print.flush();
      }
      case CSV -> CsvReport.write(report, out);
      case JSON -> JsonReport.write(report, out);
      case HTML -> HtmlReport.write(report, out);
    }
    out.flush();
  }
}
