package org.transdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.transdesk.ExitCode;
import org.transdesk.Main;

/** Runs transdesk in-process with a database in a test folder and captures stdout and stderr. */
public record CliRun(ExitCode code, String out, String err) {
  /** Runs one command ("import") with its arguments, as {@link #run(Path, String...)} does. */
  public static CliRun command(Path db, String command, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = command;
    System.arraycopy(args, 0, all, 1, args.length);
    return run(db, all);
  }

  public static CliRun run(Path db, String... args) {
    return run(db, Map.of(), args);
  }

  static CliRun run(Path db, Map<String, String> env, String... args) {
    return run(db, env, false, args);
  }

  /** Runs as if stderr were a terminal, where progress bars and colours may show. */
  static CliRun onTerminal(Path db, Map<String, String> env, String... args) {
    return run(db, env, true, args);
  }

  private static CliRun run(Path db, Map<String, String> env, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>();
    if (db != null) {
      all.add("--db");
      all.add(db.toString());
    }
    all.addAll(List.of(args));
    ExitCode code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env, terminal);
    return new CliRun(code, out.toString(), err.toString());
  }
}
