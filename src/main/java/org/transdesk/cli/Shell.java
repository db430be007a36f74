package org.transdesk.cli;

import java.util.regex.Pattern;

/** Paths in the commands transdesk suggests, written so that pasting the line into a shell runs it. */
final class Shell {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

  private Shell() {}

  /** The word as it is when a POSIX shell takes it literally, else in single quotes. */
  static String quote(Object word) {
    String text = word.toString();
    if (PLAIN.matcher(text).matches()) return text;
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
