package org.transdesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;
import org.transdesk.store.Maintenance;
import org.transdesk.store.Violation;

/** `transdesk check`: SQLite's integrity and foreign-key checks plus the desk's own invariants. */
final class CheckCommand implements Command {
  @Override public String name() { return "check"; }

  @Override public String summary() { return "check the database: SQLite integrity, foreign keys and the desk's invariants"; }

  @Override public Options options() {
    return new Options()
        .addOption(Json.formatOption());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk check # exit 0 when sound, 1 with one line per problem",
        "transdesk check --format json # the same as a JSON object, for monitoring");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    boolean json = Json.requested(args);
    if (!args.getArgList().isEmpty()) throw new DeskException(ExitCode.USAGE, "check takes no arguments; name the database with --db");
    List<Violation> violations;
    try (Database database = Database.openExisting(context.database())) {
      violations = new Maintenance(database).check();
    }
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("database", context.database());
      result.put("ok", violations.isEmpty());
      result.put("checks", Maintenance.checks());
      result.put("violations", violations);
      Json.write(context, result);
    } else if (violations.isEmpty()) {
      context.out().printf("%s is sound: %s checks pass%n", context.database(), String.join(", ", Maintenance.checks()));
    } else {
      violations.forEach(context.out()::println);
      context.out().printf("%s: %d problem%s found%n", context.database(), violations.size(), violations.size() == 1 ? "" : "s");
    }
    return violations.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
