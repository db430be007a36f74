package org.transdesk.cli;

import java.nio.file.Files;
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
import org.transdesk.ingest.FileResult;
import org.transdesk.ingest.Format;
import org.transdesk.ingest.IngestLimits;
import org.transdesk.ingest.Ingester;
import org.transdesk.ingest.SentenceRules;
import org.transdesk.store.Database;
import org.transdesk.store.SegmentStore;

/** `transdesk ingest FILE|DIR...`: cuts articles into sentence segments and stores them, new versions compared with the old. */
final class IngestCommand implements Command {
  @Override public String name() { return "ingest"; }

  @Override public String summary() { return "add articles (text, HTML, Markdown) or new versions of them as sentence segments"; }

  @Override public String arguments() { return "FILE|DIR..."; }

  @Override public Options options() {
    Options options = new Options()
        .addOption(Option.builder().longOpt("source-lang").hasArg().argName("TAG")
            .desc("language of the articles, a BCP 47 tag (default: an article already ingested keeps its language; a new one is en)").get())
        .addOption(Option.builder().longOpt("targets").hasArg().argName("TAGS")
            .desc("languages the articles are to be translated into, e.g. de,fr, added to those recorded (default: none added)").get())
        .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
            .desc("read every file as text, html or markdown (default: from the extension .txt, .html/.htm, .md);"
                + " json: print the summary as JSON (same as --summary json)").get())
        .addOption(Option.builder().longOpt("summary").hasArg().argName("FORMAT")
            .desc("summary on stdout as text or json (default: text)").get())
        .addOption(Option.builder().longOpt("srx").hasArg().argName("FILE")
            .desc("the desk's own SRX 2.0 sentence rules (default: transdesk's, Okapi's defaults plus newsroom abbreviations)").get())
        .addOption(Option.builder().longOpt("jobs").hasArg().argName("N")
            .desc("threads cutting sentences when several files are given (default: the number of cores, at most 4)").get());
    return LimitOptions.addIngest(options);
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk ingest --source-lang en --targets de,fr articles/ # every article in articles/, to be translated into German and French",
        "transdesk ingest articles/north-korea-talks.txt # again after an edit: a new version, changed sentences marked needs-update",
        "transdesk ingest --format html --summary json feed/item-17.xml # an HTML file with another extension, JSON summary");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    if (args.getArgList().isEmpty()) throw new DeskException(ExitCode.USAGE, "no article given: name one or more files or folders");
    // Without --source-lang, each stored article keeps its own language and a new one is English.
    Language source = args.hasOption("source-lang") ? Language.parse(args.getOptionValue("source-lang")) : null;
    List<Language> targets = args.hasOption("targets") ? Language.parseList(args.getOptionValue("targets")) : List.of();
    // Without a database yet, every article is new and English: refused before the database file is made.
    Language known = source != null ? source
        : !context.database().startsWith("jdbc:") && !Files.exists(Path.of(context.database())) ? Ingester.DEFAULT_SOURCE : null;
    for (Language target : targets) {
      if (known != null && target.tag().equalsIgnoreCase(known.tag())) {
        throw new DeskException(ExitCode.USAGE, "target language %s is the source language; give other --targets", target);
      }
    }
    String summary = args.getOptionValue("summary", "text");
    Format forced = null;
    String format = args.getOptionValue("format");
    if ("json".equals(format)) {
      summary = "json";
    } else if (format != null) {
      forced = Format.parse(format);
    }
    if (!summary.equals("text") && !summary.equals("json")) {
      throw new DeskException(ExitCode.USAGE, "unknown summary format '%s': use text or json", summary);
    }
    int jobs = jobs(args);
    IngestLimits limits = LimitOptions.ingest(args);
    SentenceRules rules = args.hasOption("srx") ? SentenceRules.fromFile(Path.of(args.getOptionValue("srx"))) : SentenceRules.standard();
    List<Path> paths = args.getArgList().stream().map(Path::of).toList();
    List<Ingester.Input> inputs = Ingester.inputs(paths, forced);
    Ingester.checkFiles(inputs, limits);
    boolean json = summary.equals("json");
    List<FileResult> results = new ArrayList<>();
    Path fresh = context.database().startsWith("jdbc:") || Files.exists(Path.of(context.database()))
        ? null : Path.of(context.database());
    try (Database database = Database.open(context.database());
        Progress progress = Progress.start(context, "ingest", inputs.size())) {
      Ingester ingester = new Ingester(new SegmentStore(database), rules, source, targets, forced, jobs, limits);
      ingester.ingestInputs(inputs, result -> {
        results.add(result);
        progress.step(1);
        progress.clearLine();
        if (!json) {
          context.out().println(line(result));
          context.out().flush();
        }
      });
    } catch (DeskException e) {
      // The files before the refused one stay ingested (each is its own transaction): a script reading
      // the JSON must learn of them as the text summary's reader does.
      if (json && !results.isEmpty()) printJson(results, context);
      // A refused command leaves the database as it was: where there was none, none.
      if (fresh != null && results.isEmpty()) removeDatabase(fresh);
      throw e;
    }
    if (json) printJson(results, context);
    else if (results.size() > 1) context.info("%d files ingested", results.size());
    return ExitCode.OK;
  }

  /** Deletes the database this run made, with the files SQLite keeps beside it. */
  private static void removeDatabase(Path database) {
    for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
      Path file = Path.of(database + suffix);
      try {
        Files.deleteIfExists(file);
      } catch (java.io.IOException e) {
        throw new DeskException(ExitCode.FAILURE, e, "%s: cannot remove the database this refused ingest made (%s); delete it",
            file, e.getMessage());
      }
    }
  }

  private static int jobs(CommandLine args) {
    if (!args.hasOption("jobs")) return Math.min(4, Runtime.getRuntime().availableProcessors());
    String value = args.getOptionValue("jobs");
    try {
      int jobs = Integer.parseInt(value);
      if (jobs >= 1 && jobs <= 64) return jobs;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DeskException(ExitCode.USAGE, "--jobs takes a number from 1 to 64, not '%s'", value);
  }

  /** One summary line per file. */
  static String line(FileResult r) {
    String targets = r.targetsAdded().isEmpty() ? "" : "; targets added: " + String.join(",", r.targetsAdded());
    if (r.outcome() == FileResult.Outcome.IDENTICAL) {
      return String.format(Locale.ROOT, "%s: identical to version %d, nothing changed%s", r.name(), r.version(), targets);
    }
    String carried = r.needsUpdate() == 0 ? "" : String.format(Locale.ROOT, "; %d %s marked needs-update", r.needsUpdate(),
        r.needsUpdate() == 1 ? "translation" : "translations");
    // "restored" only when an edit was undone, so the usual line stays as scripts have parsed it.
    String restored = r.restored() == 0 ? "" : String.format(Locale.ROOT, ", %d restored", r.restored());
    return String.format(Locale.ROOT, "%s: version %d: %d new, %d unchanged, %d changed%s, %d dropped; %s, %s%s%s",
        r.name(), r.version(), r.added(), r.unchanged(), r.changed(), restored, r.dropped(), count(r.segments(), "segment"),
        count(r.words(), "word"), carried, targets);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void printJson(List<FileResult> results, Context context) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileResult r : results) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("name", r.name());
      file.put("outcome", r.outcome().spelling());
      file.put("version", r.version());
      file.put("segments", r.segments());
      file.put("new", r.added());
      file.put("unchanged", r.unchanged());
      file.put("changed", r.changed());
      file.put("restored", r.restored());
      file.put("dropped", r.dropped());
      file.put("words", r.words());
      file.put("needs_update", r.needsUpdate());
      file.put("targets_added", r.targetsAdded());
      files.add(file);
    }
    Json.write(context, Map.of("files", files));
  }
}
