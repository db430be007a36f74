package org.transdesk;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.transdesk.cli.Cli;
import org.transdesk.cli.Terminal;

/** Entry point: runs one command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    ExitCode code = run(args, out, err, System.getenv(), Terminal.stderrIsTerminal());
    out.flush();
    err.flush();
    System.exit(code.code());
  }

  /** Runs one command line; tests call this with their own writers, environment and whether stderr is a terminal. */
  public static ExitCode run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    return new Cli(out, err, env, terminal).run(args);
  }
}
