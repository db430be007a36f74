package org.transdesk.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.transdesk.ExitCode;

/** One `transdesk` subcommand: its options, its help and what it does. */
public interface Command {
  /** The word typed after `transdesk`. */
  String name();

  /** What the command does, in one line for `transdesk help`. */
  String summary();

  /** The arguments after the options, as shown in usage, e.g. "FILE|DIR...". Empty for none. */
  default String arguments() {
    return "";
  }

  /** The command's own options; the common ones (--db, --verbose, --quiet, --help) are added. */
  Options options();

  /** Two or three real invocations, each a command line followed by what it does after " # ". */
  List<String> examples();

  ExitCode run(CommandLine args, Context context) throws Exception;
}
