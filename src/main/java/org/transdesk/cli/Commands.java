package org.transdesk.cli;

import java.util.List;

/** Every command transdesk knows, in the order `transdesk help` lists them. */
final class Commands {
  private Commands() {}

  static List<Command> all() {
    return List.of(
        new IngestCommand(),
        new StatusCommand(),
        new ExportCommand(),
        new InitCommand(),
        new ImportCommand(),
        new ReportCommand(),
        new CompletionCommand(),
        new HelpCommand(),
        new BackupCommand(),
        new CheckCommand(),
        new LintCommand());
  }
}
