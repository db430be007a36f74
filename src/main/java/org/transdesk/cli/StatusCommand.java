package org.transdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;
import org.transdesk.store.StatusStore;
import org.transdesk.store.StatusStore.DocumentStatus;

/** `transdesk status`: per document its version, size and the segments in each state per target language. */
final class StatusCommand implements Command {
  @Override public String name() { return "status"; }

  @Override public String summary() { return "show each document's version, size and translation states per language"; }

  @Override public Options options() {
    return new Options()
        .addOption(Json.formatOption());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk status # a table per document",
        "transdesk status --format json # the same as JSON, for scripts");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    if (!args.getArgList().isEmpty()) {
      throw new DeskException(ExitCode.USAGE, "status takes no arguments, got '%s'; name the database with --db", args.getArgList().get(0));
    }
    boolean json = Json.requested(args);
    List<DocumentStatus> documents;
    try (Database database = Database.openExisting(context.database())) {
      documents = new StatusStore(database).status();
    }
    if (json) json(documents, context);
    else text(documents, context);
    return ExitCode.OK;
  }

  private static void text(List<DocumentStatus> documents, Context context) {
    if (documents.isEmpty()) {
      context.out().println("no documents yet: add articles with transdesk ingest");
      return;
    }
    for (DocumentStatus d : documents) {
      String protectedNote = d.protectedSegments() == 0 ? "" : String.format(Locale.ROOT, " (%d protected)", d.protectedSegments());
      context.out().printf(Locale.ROOT, "%s  version %d, %s, %s: %d segment%s%s, %d word%s%n",
          d.name(), d.version(), d.sourceLang(), d.format(), d.segments(), d.segments() == 1 ? "" : "s", protectedNote,
          d.words(), d.words() == 1 ? "" : "s");
      for (Map.Entry<String, Map<String, Integer>> lang : d.languages().entrySet()) {
        StringBuilder line = new StringBuilder("  ").append(lang.getKey()).append(':');
        for (String state : StatusStore.STATES) {
          line.append(' ').append(state).append(' ').append(lang.getValue().getOrDefault(state, 0));
        }
        context.out().println(line);
      }
    }
  }

  private static void json(List<DocumentStatus> documents, Context context) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (DocumentStatus d : documents) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("name", d.name());
      doc.put("version", d.version());
      doc.put("sourceLang", d.sourceLang()); // status's published key since its first release: scripts read it
      doc.put("format", d.format());
      doc.put("segments", d.segments());
      doc.put("words", d.words());
      doc.put("protected", d.protectedSegments());
      doc.put("languages", d.languages());
      list.add(doc);
    }
    Json.write(context, Map.of("documents", list));
  }
}
