package org.transdesk;

import java.util.Locale;

/**
 * A number of bytes as users write it on the command line ("512m", "2g", "800k", "1048576") and
 * read it in messages ("512 MB", "600.2 MB"). Units are binary, as in Java's -Xmx: 1k = 1024 bytes.
 */
public record ByteSize(long bytes) {
  private static final long K = 1024;
  private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

  public ByteSize {
    if (bytes < 0) throw new IllegalArgumentException("bytes < 0: " + bytes);
  }

  /**
   * Parses "123", "800k", "512m", "2g" or "1t" (case-insensitive, optional "b": "512MB").
   * Throws {@link DeskException} with {@link ExitCode#USAGE} naming the option for anything else.
   */
  public static ByteSize parse(String option, String text) {
    String raw = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (raw.endsWith("b") && raw.length() > 1 && !Character.isDigit(raw.charAt(raw.length() - 2))) {
      raw = raw.substring(0, raw.length() - 1);
    }
    long factor = 1;
    int unit = raw.isEmpty() ? -1 : "kmgt".indexOf(raw.charAt(raw.length() - 1));
    if (unit >= 0) {
      for (int i = 0; i <= unit; i++) factor *= K;
      raw = raw.substring(0, raw.length() - 1);
    }
    try {
      long number = Long.parseLong(raw);
      if (number >= 1 && number <= Long.MAX_VALUE / factor) return new ByteSize(number * factor);
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DeskException(ExitCode.USAGE, "%s takes a size such as 512m, 2g or 800k, not '%s'", option, text);
  }

  /** "512 MB" when the size is a whole number of its unit, else one decimal: "600.2 MB"; under 1 KB: "900 bytes". */
  @Override
  public String toString() {
    if (bytes < K) return bytes + (bytes == 1 ? " byte" : " bytes");
    double value = bytes;
    long whole = bytes;
    int unit = -1;
    while (unit < UNITS.length - 1 && value >= K) {
      value /= K;
      unit++;
      whole = whole % K == 0 ? whole / K : -1;
    }
    if (whole >= 0) return whole + " " + UNITS[unit];
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
