package org.transdesk.cli;

import java.util.List;

/** Every command transdesk knows, in the order `transdesk help` lists them. */
final class Commands {
  private Commands() {}

  static List<Command> all() {
    return List.of(
        new InitCommand(),
        new DemoCommand(),
        new IngestCommand(),
        new ExportCommand(),
        new ImportCommand(),
        new LintCommand(),
        new ReportCommand(),
        new StatusCommand(),
        new BackupCommand(),
        new CheckCommand(),
        new CompletionCommand(),
        new HelpCommand());
  }
}
