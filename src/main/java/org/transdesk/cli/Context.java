package org.transdesk.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may use of the world: the database location (a path or a JDBC URL), stdout for
 * results, stderr for messages, and the environment.
 */
public record Context(
    String database,
    PrintWriter out,
    PrintWriter err,
    boolean verbose,
    boolean quiet,
    boolean terminal,
    Map<String, String> env) {

  public Context {
    env = Map.copyOf(env);
  }

  /** Colours only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
  public boolean color() {
    return Terminal.colors(terminal, env);
  }

  /** Progress bars only when stderr is a terminal and without --quiet. */
  public boolean progress() {
    return terminal && !quiet;
  }

  /** An informational message on stderr, unless --quiet. */
  public void info(String format, Object... args) {
    if (quiet) return;
    err.println(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args));
    err.flush();
  }
}
