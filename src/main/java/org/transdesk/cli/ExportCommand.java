package org.transdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;
import org.transdesk.glossary.Glossary;
import org.transdesk.ingest.Ingester;
import org.transdesk.store.Database;
import org.transdesk.store.ExportStore;
import org.transdesk.xliff.XliffExport;
import org.transdesk.xliff.XliffWriter;

/** `transdesk export`: one XLIFF file per document and target language, for outside translators. */
final class ExportCommand implements Command {
  @Override public String name() { return "export"; }

  @Override public String summary() { return "write XLIFF 1.2 or 2.0 for translators: one file per document and target language"; }

  @Override public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
            .desc("folder to write into, as DIR/LANG/DOCUMENT.LANG.xlf (default: xliff)").get())
        .addOption(Option.builder().longOpt("lang").hasArg().argName("TAGS")
            .desc("only these target languages, e.g. de,fr (default: every target language of each document)").get())
        .addOption(Option.builder().longOpt("doc").hasArgs().argName("NAME")
            .desc("only these documents, by name as transdesk status shows them (repeatable; default: every document)").get())
        .addOption(Option.builder().longOpt("only").hasArg().argName("WHICH")
            .desc("untranslated (state new), needs-update, or all units (default: every unit not final)").get())
        .addOption(Option.builder().longOpt("xliff-version").hasArg().argName("VERSION")
            .desc("1.2 or 2.0 (default: 1.2)").get())
        .addOption(Option.builder().longOpt("prefill-source")
            .desc("give untranslated units a copy of the source as target, marked td:prefill=\"yes\" (for OmegaT)").get())
        .addOption(Option.builder().longOpt("glossary").hasArg().argName("FILE")
            .desc("glossary (.csv, .tbx, or OmegaT .tab) whose names and titles go out as hints (repeatable; default: every glossary in glossaries/)").get())
        .addOption(Option.builder().longOpt("overwrite")
            .desc("replace a file in place even when it was changed since transdesk wrote it (edits in it are lost)").get())
        .addOption(Json.formatOption());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk export # every document into every target language, XLIFF 1.2 under xliff/",
        "transdesk export --lang de --only untranslated --prefill-source # German, new units only, targets pre-filled for OmegaT",
        "transdesk export --xliff-version 2.0 --out xliff/2.0 --doc articles/north-korea-talks.txt # one document as XLIFF 2.0");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    if (!args.getArgList().isEmpty()) {
      throw new DeskException(ExitCode.USAGE, "export takes no arguments, got '%s'; pick documents with --doc", args.getArgList().get(0));
    }
    boolean json = Json.requested(args);
    Path out = path("--out", args.getOptionValue("out", "xliff"));
    List<Language> languages = args.hasOption("lang") ? Language.parseList(args.getOptionValue("lang")) : List.of();
    List<String> documents = args.hasOption("doc")
        ? java.util.Arrays.stream(args.getOptionValues("doc")).map(Ingester::documentName).toList() : List.of();
    String version = args.getOptionValue("xliff-version", "1.2");
    if (!XliffWriter.VERSIONS.contains(version)) {
      throw new DeskException(ExitCode.USAGE, "unknown XLIFF version '%s': use 1.2 or 2.0", version);
    }
    XliffExport.Request request = new XliffExport.Request(out, languages, documents, selection(args.getOptionValue("only")), version,
        args.hasOption("prefill-source"), glossary(args), args.hasOption("overwrite"));
    List<XliffExport.Result> results;
    // The export reports its files only when all are written, so the bar shows that it runs and for how long.
    try (Database database = Database.openExisting(context.database());
        Progress progress = Progress.start(context, "export", -1)) {
      results = XliffExport.run(database, request);
    }
    boolean kept = false;
    for (XliffExport.Result result : results) {
      if (result.outcome() != XliffExport.Outcome.KEPT) continue;
      kept = true;
      context.err().printf(Locale.ROOT, "error: %s: changed since transdesk wrote it (edited in place?), so it was left alone and not exported;"
          + " import it first (transdesk import %s), move it away, or export with --overwrite to replace it%n", result.file(), result.file());
    }
    context.err().flush();
    if (json) json(results, request, context);
    else report(results, request, context);
    return kept ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static ExportStore.Selection selection(String only) {
    if (only == null) return ExportStore.Selection.NOT_FINAL;
    return switch (only) {
      case "untranslated" -> ExportStore.Selection.UNTRANSLATED;
      case "needs-update" -> ExportStore.Selection.NEEDS_UPDATE;
      case "all" -> ExportStore.Selection.ALL;
      default -> throw new DeskException(ExitCode.USAGE, "unknown --only '%s': use untranslated, needs-update or all", only);
    };
  }

  /** The glossaries named with --glossary, else every one in glossaries/; null when there are none. */
  private static Glossary glossary(CommandLine args) {
    List<Path> files = new ArrayList<>();
    if (args.hasOption("glossary")) {
      for (String file : args.getOptionValues("glossary")) files.add(path("--glossary", file));
    } else {
      files.addAll(Glossary.filesIn(Glossary.DEFAULT_FOLDER));
    }
    return files.isEmpty() ? null : Glossary.load(files);
  }

  private static Path path(String option, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new DeskException(ExitCode.USAGE, "%s '%s' is not a valid path: %s", option, value, e.getReason());
    }
  }

  private static void report(List<XliffExport.Result> results, XliffExport.Request request, Context context) {
    if (results.isEmpty()) {
      context.info("nothing to export: no documents yet; add articles with transdesk ingest");
      return;
    }
    int files = 0;
    int units = 0;
    int kept = 0;
    for (XliffExport.Result result : results) {
      if (result.outcome() == XliffExport.Outcome.KEPT) kept++;
      switch (result.outcome()) {
        case EMPTY -> context.info("%s: no %sunits for %s; no file written", result.document(), only(request), result.lang());
        case UNCHANGED -> context.out().printf(Locale.ROOT, "%s: %s, export %d (unchanged)%n", result.file(), units(result.units()), result.exportId());
        case WRITTEN -> context.out().printf(Locale.ROOT, "%s: %s, export %d%n", result.file(), units(result.units()), result.exportId());
        case KEPT -> { }
      }
      if (result.outcome() == XliffExport.Outcome.WRITTEN || result.outcome() == XliffExport.Outcome.UNCHANGED) {
        files++;
        units += result.units();
      }
    }
    context.info("exported %d %s, %s, as XLIFF %s%s", files, files == 1 ? "file" : "files", units(units), request.xliffVersion(),
        kept == 0 ? "" : String.format(Locale.ROOT, "; %d %s changed in place left alone", kept, kept == 1 ? "file" : "files"));
  }

  private static void json(List<XliffExport.Result> results, XliffExport.Request request, Context context) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (XliffExport.Result result : results) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("document", result.document());
      file.put("lang", result.lang());
      file.put("file", result.outcome() == XliffExport.Outcome.EMPTY ? null : result.file());
      file.put("units", result.units());
      file.put("export_id", result.outcome() == XliffExport.Outcome.EMPTY || result.outcome() == XliffExport.Outcome.KEPT ? null : result.exportId());
      file.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
      files.add(file);
    }
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("xliff_version", request.xliffVersion());
    export.put("out", request.out().toString());
    export.put("files", files);
    Json.write(context, export);
  }

  private static String units(int n) {
    return n == 1 ? "1 unit" : n + " units";
  }

  private static String only(XliffExport.Request request) {
    return switch (request.selection()) {
      case NOT_FINAL -> "unfinished ";
      case UNTRANSLATED -> "untranslated ";
      case NEEDS_UPDATE -> "needs-update ";
      case ALL -> "";
    };
  }
}
