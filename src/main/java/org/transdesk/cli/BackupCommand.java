package org.transdesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;
import org.transdesk.store.Maintenance;

/** `transdesk backup FILE`: a consistent copy of the live database, safe while others import. */
final class BackupCommand implements Command {
  @Override public String name() { return "backup"; }

  @Override public String summary() { return "copy the database to FILE as one consistent snapshot, safe while imports run"; }

  @Override public String arguments() { return "FILE"; }

  @Override public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("force").desc("replace FILE if it exists (default: refuse)").get())
        .addOption(Json.formatOption());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk backup backups/desk-2024-05-01.db # copy ./transdesk.db, even while a colleague imports",
        "transdesk --db /srv/desk/transdesk.db backup --force /mnt/nas/transdesk.db # replace last night's copy");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    boolean json = Json.requested(args);
    List<String> files = args.getArgList();
    if (files.size() != 1) throw new DeskException(ExitCode.USAGE, "backup takes one FILE to write, got %d", files.size());
    try (Database database = Database.openExisting(context.database())) {
      Maintenance.Backup backup = new Maintenance(database).backup(Path.of(files.get(0)), args.hasOption("force"));
      if (json) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", context.database());
        result.put("file", files.get(0));
        result.put("bytes", backup.bytes());
        result.put("integrity", "ok");
        Json.write(context, result);
      } else {
        context.out().printf("backed up %s to %s (%d bytes, integrity ok)%n", context.database(), files.get(0), backup.bytes());
      }
    }
    return ExitCode.OK;
  }
}
