package org.transdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Main;

/**
 * `transdesk demo [DIR]`: the desk's whole day on the bundled sample, in a fresh folder: ingest,
 * export, import the returned German translation, lint it, report what is open.
 */
final class DemoCommand implements Command {
  static final String DEFAULT_FOLDER = "transdesk-demo";
  private static final String MARKER = ".transdesk-demo";
  static final String RETURNED = "xliff/returned/north-korea-talks.de.xlf";

  @Override public String name() { return "demo"; }

  @Override public String summary() { return "run the whole cycle on the bundled sample in a fresh folder (default " + DEFAULT_FOLDER + "/)"; }

  @Override public String arguments() { return "[DIR]"; }

  @Override public Options options() { return new Options().addOption(Json.formatOption()); }

  @Override public List<String> examples() {
    return List.of(
        "transdesk demo # ingest, export, import, lint and report the sample in ./" + DEFAULT_FOLDER + "/",
        "transdesk demo /tmp/try # the same in another folder; run it again to start over",
        "transdesk demo --format json 2>/dev/null # only where the files went and each step's exit code, as JSON");
  }

  @Override public ExitCode run(CommandLine args, Context context) throws IOException {
    boolean json = Json.requested(args);
    List<String> rest = args.getArgList();
    if (rest.size() > 1) throw new DeskException(ExitCode.USAGE, "demo takes one folder, got %d", rest.size());
    Path dir = Path.of(rest.isEmpty() ? DEFAULT_FOLDER : rest.get(0)).normalize();
    prepare(dir);
    Sample.copyInto(dir);
    Files.writeString(dir.resolve(MARKER), "made by transdesk demo; the next demo run deletes this folder\n");
    // With --format json the steps' own output is narration: it goes to stderr (or nowhere with --quiet), the JSON to stdout.
    PrintWriter show = !json ? context.out() : context.quiet() ? new PrintWriter(Writer.nullWriter()) : context.err();
    List<Map<String, Object>> steps = new ArrayList<>();
    show.printf("transdesk demo: a desk's day on the sample article, in %s/%n", dir);
    steps.add(step(context, show, dir, 1, "ingest the sample article, to be translated into German and French",
        "ingest", "--source-lang", "en", "--targets", "de,fr", "articles/"));
    steps.add(step(context, show, dir, 2, "export XLIFF for the translators (glossary hints in every unit)", "export"));
    steps.add(step(context, show, dir, 3, "import the German translation a translator sent back (checked on the way in)",
        "import", "--fail-on", "never", RETURNED));
    steps.add(step(context, show, dir, 4, "lint the returned file against the desk glossary, no database needed",
        "lint", "--fail-on", "never", RETURNED));
    steps.add(step(context, show, dir, 5, "report what is still untranslated", "report"));
    steps.add(step(context, show, dir, 6, "write the report for the desk editor as HTML", "report", "--format", "html", "--out", "report.html"));

    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("folder", dir.toString());
      result.put("xliff", dir.resolve("xliff").toString());
      result.put("report", dir.resolve("report.html").toString());
      result.put("database", dir.resolve("transdesk.db").toString());
      result.put("steps", steps);
      Json.write(context, result);
      return ExitCode.OK;
    }
    context.out().println();
    context.out().printf("XLIFF for translators: %s%n", dir.resolve("xliff"));
    context.out().printf("HTML report:           %s%n", dir.resolve("report.html"));
    context.out().printf("database:              %s (go on with: transdesk --db %s status)%n", dir.resolve("transdesk.db"),
        Shell.quote(dir.resolve("transdesk.db")));
    return ExitCode.OK;
  }

  /** Runs one step as a user would: `transdesk ...` in a new process whose working folder is the desk. */
  private Map<String, Object> step(Context context, PrintWriter show, Path dir, int number, String title, String... command)
      throws IOException {
    show.println();
    show.printf(Locale.ROOT, "== %d. %s%n", number, title);
    show.println("$ transdesk " + String.join(" ", command));
    show.flush();
    List<String> argv = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    if (context.quiet()) argv.add("--quiet");
    argv.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile());
    builder.environment().remove("TRANSDESK_DB");
    Process process = builder.start();
    process.getOutputStream().close();
    Thread errors = copy(process.getErrorStream(), context.err());
    errors.start();
    copy(process.getInputStream(), show).run();
    int code;
    try {
      errors.join();
      code = process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DeskException(ExitCode.FAILURE, "demo interrupted at step %d", number);
    }
    if (code != ExitCode.OK.code() && code != ExitCode.FINDINGS.code()) {
      ExitCode failed = code == ExitCode.REJECTED.code() || code == ExitCode.FAILURE.code() ? ExitCode.values()[code] : ExitCode.BUG;
      throw new DeskException(failed, "demo stopped at step %d (%s): transdesk %s exited with %d",
          number, title, command[0], code);
    }
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("step", number);
    step.put("title", title);
    step.put("command", "transdesk " + String.join(" ", command));
    step.put("exit_code", code);
    return step;
  }

  private static Thread copy(InputStream from, PrintWriter to) {
    return new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          synchronized (to) {
            to.println(line);
            to.flush();
          }
        }
      } catch (IOException e) {
        synchronized (to) {
          to.println("demo: lost output of a step: " + e.getMessage());
        }
      }
    });
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts from an empty folder; deletes only a folder an earlier demo made. */
  private static void prepare(Path dir) throws IOException {
    if (Files.exists(dir)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(dir)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARKER))) {
        throw new DeskException(ExitCode.REJECTED,
            "%s: folder exists and was not made by transdesk demo; name a new folder, e.g. transdesk demo %s-2", dir, dir);
      }
      try (Stream<Path> entries = Files.walk(dir)) {
        for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) Files.delete(entry);
      }
    }
    Files.createDirectories(dir);
  }
}
