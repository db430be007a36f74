package org.transdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.FolderFiles;
import org.transdesk.check.Lint;
import org.transdesk.imports.Digests;
import org.transdesk.imports.FileReport;
import org.transdesk.imports.ImportJson;
import org.transdesk.imports.ImportOptions;
import org.transdesk.imports.ImportText;
import org.transdesk.imports.Importer;
import org.transdesk.store.Database;

/** `transdesk import FILE|DIR...`: applies returned XLIFF files, checks what it applies, lists what it holds back. */
final class ImportCommand implements Command {
  @Override public String name() { return "import"; }

  @Override public String summary() { return "apply returned XLIFF files: check every unit, apply the good ones, list the others"; }

  @Override public String arguments() { return "FILE|DIR..."; }

  @Override public Options options() {
    return LimitOptions.addXliff(new Options()
        .addOption(Option.builder().longOpt("glossary").hasArg().argName("FILE")
            .desc("glossary to check names and titles against, .csv, .tbx or OmegaT .tab, or a folder of them; repeatable "
                + "(default: every glossary in glossaries/ of the working folder, if there is one)").get())
        .addOption(Option.builder().longOpt("dry-run").desc("decide and list every outcome, write nothing").get())
        .addOption(Option.builder().longOpt("force").desc("apply conflicting translations (the stored one changed since the export)").get())
        .addOption(Option.builder().longOpt("overwrite-final").desc("replace translations whose state is final").get())
        .addOption(Option.builder().longOpt("strict").desc("refuse a whole file (exit 3, nothing written) when any unit is held back").get())
        .addOption(Option.builder().longOpt("accept-identical")
            .desc("take a target identical to the source as the translation of a segment that is only names or numbers, whatever its state").get())
        .addOption(Option.builder().longOpt("translator").hasArg().argName("NAME")
            .desc("who translated the files, recorded in history when a file names nobody (default: the name in the file, else none)").get())
        .addOption(Option.builder().longOpt("list").hasArg().argName("held|all")
            .desc("which units to list: held (stale, conflict, protected, invalid, unknown) or all (default: held)").get())
        .addOption(Option.builder().longOpt("fail-on").hasArg().argName("error|warning|never")
            .desc("exit 1 when a finding is at least this severe (default: error)").get())
        .addOption(Option.builder().longOpt("format").hasArg().argName("text|json").desc("output format (default: text)").get()));
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk import returned/ # import every XLIFF file under returned/ (.xlf, .xliff, .sdlxliff, .mqxliff ...)",
        "transdesk import --dry-run --list all north-korea-talks.de.xlf # show what each unit would become",
        "transdesk import --format json --fail-on warning de.xlf fr.xlf # machine-readable summary, stricter exit code");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    List<Path> files = files(args.getArgList());
    String format = choice(args, "format", "text", "text", "json");
    String failOn = choice(args, "fail-on", "error", "error", "warning", "never");
    boolean listAll = choice(args, "list", "held", "held", "all").equals("all");
    ImportOptions options = new ImportOptions(args.hasOption("force"), args.hasOption("overwrite-final"),
        args.hasOption("accept-identical"), args.hasOption("strict"), args.hasOption("dry-run"), listAll,
        args.getOptionValue("translator"));
    List<FileReport> reports = new ArrayList<>();
    ExitCode worst = ExitCode.OK;
    // The first file is hashed while the glossary loads and the database opens.
    try (Digests digests = new Digests(files)) {
      worst = importAll(args, context, files, options, failOn, format, digests, reports);
    }
    context.err().flush();
    if (format.equals("json")) ImportJson.write(reports, worst.code(), context.out());
    return worst;
  }

  private static ExitCode importAll(CommandLine args, Context context, List<Path> files, ImportOptions options, String failOn,
      String format, Digests digests, List<FileReport> reports) {
    LintGlossary glossary = LintGlossary.load(args.getOptionValues("glossary"), Path.of(""));
    if (context.verbose()) {
      context.info("import: glossary %s (%d entries)", glossary.files().isEmpty() ? "none" : glossary.files(), glossary.entries());
    }
    ExitCode worst = ExitCode.OK;
    try (Database database = Database.openExisting(context.database());
        Importer importer = new Importer(database, options, glossary.glossary(), LimitOptions.xliff(args));
        Progress progress = Progress.start(context, "import", files.size())) {
      for (Path file : files) {
        progress.extraMessage(file.getFileName().toString());
        FileReport report = importer.importFile(file, digests);
        progress.step(1);
        progress.clearLine();
        reports.add(report);
        if (report.refused()) context.err().println("error: " + report.error());
        for (String gap : importer.glossaryGaps()) context.info("import: %s", gap);
        if (format.equals("text")) ImportText.print(report, context.out());
        worst = worse(worst, exitCode(report, failOn));
      }
    }
    return worst;
  }

  private static ExitCode exitCode(FileReport report, String failOn) {
    if (report.refused()) return ExitCode.REJECTED;
    var t = report.tally();
    boolean findings = switch (failOn) {
      case "warning" -> t.errors() + t.warnings() > 0;
      case "never" -> false;
      default -> t.errors() > 0;
    };
    return t.heldBack() > 0 || findings ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static ExitCode worse(ExitCode a, ExitCode b) {
    return b.code() > a.code() ? b : a;
  }

  private static String choice(CommandLine args, String option, String fallback, String... allowed) {
    String value = args.getOptionValue(option, fallback).strip().toLowerCase(Locale.ROOT);
    for (String a : allowed) if (a.equals(value)) return value;
    throw new DeskException(ExitCode.USAGE, "--%s %s: expected one of %s", option, args.getOptionValue(option), String.join(", ", allowed));
  }

  /** The files named, folders expanded to their .xlf/.xliff/.sdlxliff files (recursively, in name order). */
  private static List<Path> files(List<String> names) {
    if (names.isEmpty()) throw new DeskException(ExitCode.USAGE, "name at least one XLIFF file or folder to import");
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path path = Path.of(name);
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try {
        List<Path> found = FolderFiles.under(path, Lint::isXliffName);
        if (found.isEmpty()) {
          throw new DeskException(ExitCode.REJECTED, "%s: no XLIFF files in this folder (%s); name the folder or files to import",
              name, String.join(", ", Lint.EXTENSIONS));
        }
        files.addAll(found);
      } catch (IOException e) {
        throw new DeskException(ExitCode.FAILURE, e, "%s: cannot list the folder (%s)", name, e.getMessage());
      }
    }
    return files;
  }
}
