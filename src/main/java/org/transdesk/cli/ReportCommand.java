package org.transdesk.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;
import org.transdesk.ingest.Ingester;
import org.transdesk.report.Format;
import org.transdesk.report.Report;
import org.transdesk.store.Database;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Counts;
import org.transdesk.store.ReportStore.Scope;

/** `transdesk report`: progress and untranslated segments per document and language, read-only. */
final class ReportCommand implements Command {
  @Override public String name() { return "report"; }

  @Override public String summary() { return "show what is untranslated and how far each document and language is (read-only)"; }

  @Override public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("lang").hasArg().argName("LANGS")
            .desc("target languages to report, comma-separated (default: every target language)").get())
        .addOption(Option.builder().longOpt("doc").hasArgs().argName("NAME")
            .desc("documents to report, by name as ingested; repeat or list several (default: all)").get())
        .addOption(Option.builder().longOpt("state").hasArg().argName("STATES")
            .desc("states of the segments to list and to fail on, comma-separated (default: new,needs-update)").get())
        .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
            .desc("text, csv, json or html (default: text)").get())
        .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("write the report to FILE (default: stdout)").get())
        .addOption(Option.builder().longOpt("fail-if-untranslated")
            .desc("exit 1 when a selected segment is untranslated (new or needs-update)").get());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk report # every document and language, as tables for the terminal",
        "transdesk report --format html --out report.html # a page for the browser and the printer",
        "transdesk report --fail-if-untranslated --quiet > /dev/null # exit 1 while anything is untranslated");
  }

  @Override public ExitCode run(CommandLine args, Context context) throws IOException {
    if (!args.getArgList().isEmpty()) {
      throw new DeskException(ExitCode.USAGE, "report takes no arguments, got '%s'; name documents with --doc", args.getArgList().get(0));
    }
    Format format = Format.parse(args.getOptionValue("format", "text"));
    List<String> languages = args.hasOption("lang")
        ? Language.parseList(args.getOptionValue("lang")).stream().map(Language::tag).toList()
        : List.of();
    List<String> documents = args.hasOption("doc")
        ? java.util.Arrays.stream(args.getOptionValues("doc")).map(Ingester::documentName).toList() : List.of();
    Set<String> states = states(args.getOptionValue("state", "new,needs-update"));
    Path out = args.hasOption("out") ? Path.of(args.getOptionValue("out")) : null;
    if (out != null && Files.isDirectory(out)) {
      throw new DeskException(ExitCode.USAGE, "--out %s is a folder; name the file to write the report to", out);
    }

    Counts untranslated;
    try (ReportStore store = ReportStore.open(context.database())) {
      Report report = Report.read(store, context.database(), Database.now(), new Scope(documents, languages), states);
      if (out == null) {
        format.write(report, context.out());
      } else {
        write(report, format, out);
        context.info("wrote the %s report to %s", format.label(), out);
      }
      untranslated = report.untranslatedListed();
    }
    if (args.hasOption("fail-if-untranslated") && untranslated.segments() > 0) {
      context.info("untranslated: %d segments (%d words)", untranslated.segments(), untranslated.words());
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }

  private static Set<String> states(String list) {
    Set<String> states = new LinkedHashSet<>();
    for (String part : list.split(",")) {
      String state = part.strip().toLowerCase(Locale.ROOT);
      if (state.isEmpty()) continue;
      if (!ReportStore.STATES.contains(state)) {
        throw new DeskException(ExitCode.USAGE, "unknown state '%s': use %s", part.strip(), String.join(", ", ReportStore.STATES));
      }
      states.add(state);
    }
    if (states.isEmpty()) throw new DeskException(ExitCode.USAGE, "no state given in --state '%s'", list);
    return states;
  }

  /**
   * Writes next to the target and moves it into place, so a failed report leaves no half file. The
   * file gets the permissions of any new file under the umask; a link is written through, so the
   * file it points to gets the report and the link stays.
   */
  private static void write(Report report, Format format, Path out) {
    Path absolute = linkTarget(out.toAbsolutePath(), out);
    Path folder = absolute.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new DeskException(ExitCode.FAILURE, "%s: folder %s does not exist; create it or choose another --out", out, folder);
    }
    Path partial = folder.resolve("." + absolute.getFileName() + "."
        + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".partial");
    try {
      // Not Files.createTempFile: it makes the file readable by its owner only, whatever the umask.
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        format.write(report, writer);
      }
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot write the report: %s", out, e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // The report is written or the error above says why; a leftover temporary file is harmless.
      }
    }
  }

  /** The file a path names once its symbolic links are followed (to a file that need not exist yet). */
  private static Path linkTarget(Path path, Path out) {
    Path target = path;
    try {
      for (int hops = 0; Files.isSymbolicLink(target); hops++) {
        if (hops == 40) throw new DeskException(ExitCode.USAGE, "--out %s: too many levels of symbolic links; name the file itself", out);
        target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
      }
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot read the link: %s", out, e.getMessage());
    }
    return target;
  }
}
