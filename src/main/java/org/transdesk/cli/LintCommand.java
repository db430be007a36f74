package org.transdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;
import org.transdesk.check.Baseline;
import org.transdesk.check.Finding;
import org.transdesk.check.FindingFormat;
import org.transdesk.check.Lint;
import org.transdesk.check.Severity;
import org.transdesk.xliff.ReadLimits;

/** `transdesk lint FILE|DIR...`: glossary and QA checks on XLIFF files, no database needed. */
final class LintCommand implements Command {
  @Override public String name() { return "lint"; }

  @Override public String summary() { return "check XLIFF files against the glossary and for QA problems (no database needed)"; }

  @Override public String arguments() { return "FILE|DIR..."; }

  @Override public Options options() {
    return LimitOptions.addXliff(new Options())
        .addOption(Option.builder().longOpt("glossary").hasArg().argName("FILE")
            .desc("glossary to check names and titles against, .csv, .tbx or OmegaT .tab, or a folder of them; repeatable "
                + "(default: every glossary in glossaries/ of the working folder, if there is one)").get())
        .addOption(Option.builder().longOpt("lang").hasArg().argName("LANG")
            .desc("target language of files that do not say theirs, e.g. de (default: none; such files are refused)").get())
        .addOption(Option.builder().longOpt("source-lang").hasArg().argName("LANG")
            .desc("source language of files that do not say theirs, e.g. en (default: none; such files are refused)").get())
        .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
            .desc("text, json or sarif (default: text)").get())
        .addOption(Option.builder().longOpt("fail-on").hasArg().argName("LEVEL")
            .desc("exit 1 when a finding is at least: error, warning or never (default: error)").get())
        .addOption(Option.builder().longOpt("baseline").hasArg().argName("FILE")
            .desc("accept the findings listed in this baseline file (default: none)").get())
        .addOption(Option.builder().longOpt("write-baseline").hasArg().argName("FILE")
            .desc("write every finding of this run into a baseline file and exit 0 (default: none)").get())
        .addOption(Option.builder().longOpt("jobs").hasArg().argName("N")
            .desc("files checked at once (default: the number of processors)").get());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk lint xliff/returned/ # check every returned XLIFF file with the glossaries in glossaries/",
        "transdesk lint --format sarif --fail-on warning xliff/ > lint.sarif # a CI step with a code-scanning report",
        "transdesk lint --write-baseline lint-baseline.json xliff/ # accept today's findings; then lint --baseline lint-baseline.json");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    if (args.getArgList().isEmpty()) throw new DeskException(ExitCode.USAGE, "name at least one XLIFF file or folder to lint");
    FindingFormat format = FindingFormat.parse(args.getOptionValue("format", "text"));
    Severity failOn = failOn(args.getOptionValue("fail-on", "error"));
    Language fallback = args.hasOption("lang") ? Language.parse(args.getOptionValue("lang")) : null;
    Language fallbackSource = args.hasOption("source-lang") ? Language.parse(args.getOptionValue("source-lang")) : null;
    Path writeBaseline = args.hasOption("write-baseline") ? Path.of(args.getOptionValue("write-baseline")) : null;
    Baseline baseline = args.hasOption("baseline") ? Baseline.read(Path.of(args.getOptionValue("baseline"))) : Baseline.empty();
    LintGlossary glossary = LintGlossary.load(args.getOptionValues("glossary"), Path.of(""));
    List<Path> files = Lint.files(args.getArgList());
    if (context.verbose()) {
      context.info("lint: glossary %s (%d entries)", glossary.files().isEmpty() ? "none" : glossary.files(), glossary.entries());
    }

    int jobs = jobs(args.getOptionValue("jobs"), files.size());
    ReadLimits limits = LimitOptions.xliff(args);
    ThreadLocal<Lint> lints = ThreadLocal.withInitial(() -> new Lint(glossary::checker, fallbackSource, fallback, baseline,
        writeBaseline != null, limits));
    List<Finding> all = new ArrayList<>();
    List<Baseline.Entry> entries = new ArrayList<>();
    ExitCode refused = ExitCode.OK;
    int units = 0;
    int accepted = 0;
    int ignored = 0;
    int refusedFiles = 0;
    ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
      Thread thread = new Thread(runnable, "lint");
      thread.setDaemon(true);
      return thread;
    });
    try (Progress progress = Progress.start(context, "lint", files.size())) {
      // Files are checked in parallel and reported in the order given, each as soon as it and those before it are done.
      List<Future<Object>> results = new ArrayList<>(files.size());
      for (Path file : files) results.add(pool.submit(() -> lintOne(lints.get(), file)));
      for (int i = 0; i < results.size(); i++) {
        progress.extraMessage(files.get(i).getFileName().toString());
        Object outcome = result(results.get(i));
        progress.step(1);
        progress.clearLine();
        if (outcome instanceof DeskException e) {
          if (e.exitCode() == ExitCode.USAGE || e.exitCode() == ExitCode.BUG) throw e;
          context.err().println("error: " + e.getMessage());
          context.err().flush();
          refused = refused.worst(e.exitCode());
          refusedFiles++;
          continue;
        }
        Lint.FileResult result = (Lint.FileResult) outcome;
        units += result.units();
        accepted += result.acceptedByBaseline();
        ignored += result.ignoredByNote();
        entries.addAll(result.baselineEntries());
        if (writeBaseline != null) continue;
        all.addAll(result.findings());
        if (format == FindingFormat.TEXT) format.write(result.findings(), Version.current(), context.out());
      }
    } finally {
      pool.shutdownNow();
    }
    for (String gap : glossary.gaps()) context.info("lint: %s", gap);
    if (writeBaseline != null) {
      Baseline.write(writeBaseline, entries);
      context.info("lint: wrote %d accepted %s to %s; use it with --baseline %s",
          entries.size(), entries.size() == 1 ? "finding" : "findings", writeBaseline, writeBaseline);
      return refused;
    }
    if (format != FindingFormat.TEXT) format.write(all, Version.current(), context.out());
    // With every file refused, the errors above say it all.
    if (refusedFiles < files.size()) context.info(summary(files.size() - refusedFiles, refusedFiles, units, all, accepted, ignored));
    boolean fail = failOn != null && all.stream().anyMatch(f -> f.severity().atLeast(failOn));
    return refused != ExitCode.OK ? refused : fail ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static Object lintOne(Lint lint, Path file) {
    try {
      return lint.lint(file);
    } catch (DeskException e) {
      return e;
    }
  }

  private static Object result(Future<Object> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeskException(ExitCode.FAILURE, e, "lint was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static int jobs(String value, int files) {
    int jobs = Runtime.getRuntime().availableProcessors();
    if (value != null) {
      try {
        jobs = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        jobs = 0;
      }
      if (jobs < 1) throw new DeskException(ExitCode.USAGE, "--jobs needs a positive number, got '%s'", value);
    }
    return Math.max(1, Math.min(jobs, files));
  }

  private static Severity failOn(String value) {
    if (value.equalsIgnoreCase("never")) return null;
    Severity severity = Severity.fromLabel(value);
    if (severity == null || severity == Severity.INFO) {
      throw new DeskException(ExitCode.USAGE, "unknown --fail-on level '%s': use error, warning or never", value);
    }
    return severity;
  }

  static String summary(int files, int refusedFiles, int units, List<Finding> findings, int accepted, int ignored) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "lint: %d %s, %d %s: %d %s, %d %s, %d info",
        files, files == 1 ? "file" : "files", units, units == 1 ? "unit" : "units",
        errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings", infos));
    if (refusedFiles > 0) line.append(String.format(Locale.ROOT, "; %d %s refused", refusedFiles, refusedFiles == 1 ? "file" : "files"));
    if (accepted > 0) line.append(String.format(Locale.ROOT, "; %d accepted by the baseline", accepted));
    if (ignored > 0) line.append(String.format(Locale.ROOT, "; %d ignored by transdesk-ignore notes", ignored));
    return line.toString();
  }
}
