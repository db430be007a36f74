package org.transdesk;

/**
 * The only error a user sees: one line saying what is wrong, where, and what to do. Whatever the
 * message quotes (a CSV header with line breaks, an XML id written with {@code &#10;}, a parser's
 * own message) stays on that one line: control characters and line separators are shown as
 * Unicode escapes.
 */
public final class DeskException extends RuntimeException {
  private final ExitCode exitCode;

  public DeskException(ExitCode exitCode, String format, Object... args) {
    super(oneLine(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args)));
    this.exitCode = exitCode;
  }

  public DeskException(ExitCode exitCode, Throwable cause, String format, Object... args) {
    this(exitCode, format, args);
    initCause(cause);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /** The text with control characters and line or paragraph separators as escapes (a line feed as backslash-u000A). */
  public static String oneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (breaks(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int j = 0; j < text.length(); j++) {
          char c = text.charAt(j);
          if (breaks(c)) out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          else out.append(c);
        }
        return out.toString();
      }
    }
    return text;
  }

  private static boolean breaks(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
