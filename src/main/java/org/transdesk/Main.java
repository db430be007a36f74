package org.transdesk;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.transdesk.cli.Cli;
import org.transdesk.cli.Stdout;
import org.transdesk.cli.Terminal;

/** Entry point: runs one command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Stdout stdout = new Stdout(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(stdout, 1 << 16), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    ExitCode code = run(args, out, err, System.getenv(), Terminal.stderrIsTerminal());
    out.flush();
    code = delivered(code, out, stdout, err);
    err.flush();
    System.exit(code.code());
  }

  /**
   * The exit code once the output is out: a command whose stdout could not be written (a full disk, a
   * closed pipe) did not do its job, whatever it found (exit 4, with one line unless the pipe's reader
   * left on purpose).
   */
  static ExitCode delivered(ExitCode code, PrintWriter out, Stdout stdout, PrintWriter err) {
    if (!out.checkError() || code.code() >= ExitCode.FAILURE.code()) return code;
    String problem = stdout.failure() == null ? "stdout: cannot write the output" : Stdout.problem(stdout.failure());
    if (problem != null) err.println("error: " + problem);
    return ExitCode.FAILURE;
  }

  /** Runs one command line; tests call this with their own writers, environment and whether stderr is a terminal. */
  public static ExitCode run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    return new Cli(out, err, env, terminal).run(args);
  }
}
