package org.transdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What stderr is attached to and what the environment allows on it: progress bars only on a
 * terminal, colours only on a terminal that is not dumb and never with NO_COLOR set (no-color.org).
 */
public final class Terminal {
  private Terminal() {}

  /**
   * Whether stderr is a terminal. Linux names stderr's target in /proc; elsewhere the JVM's console,
   * which needs stdin and stdout on a terminal too, is the nearest answer Java 17 gives.
   */
  public static boolean stderrIsTerminal() {
    Path stderr = Path.of("/proc/self/fd/2");
    if (!Files.isSymbolicLink(stderr)) return System.console() != null;
    try {
      String target = Files.readSymbolicLink(stderr).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** no-color.org: NO_COLOR set to any non-empty value turns colour off; so does TERM=dumb. */
  static boolean colors(boolean terminal, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /** The terminal's width in columns: $COLUMNS when the shell exports it, else 80. */
  static int width(Map<String, String> env) {
    try {
      int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
      if (columns >= 20) return columns;
    } catch (NumberFormatException e) {
      // not exported or not a number: the classic width
    }
    return 80;
  }
}
