package org.transdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.transdesk.ExitCode;
import org.transdesk.Main;

/** One transdesk command line run in-process: its exit code, stdout and stderr. */
record Run(ExitCode code, String out, String err) {
  static Run of(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ExitCode code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, false);
    return new Run(code, out.toString(), err.toString());
  }

  static Run of(String... args) {
    return of(Map.of(), args);
  }
}
