package org.transdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's first Quick start command exactly as written, in a fresh folder holding only
 * the launcher and the packaged jar, as a newcomer's clone would after its first build.
 */
class QuickStartIT {
  @TempDir Path clone;

  @Test
  void firstQuickStartCommandRunsTheWholeCycleOnTheSampleTwice() throws Exception {
    String command = quickStartCommands().get(0);
    assertEquals("./transdesk demo", command);
    Files.copy(Path.of("transdesk"), clone.resolve("transdesk"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(clone.resolve("target"));
    Files.copy(Path.of("target/transdesk.jar"), clone.resolve("target/transdesk.jar"), StandardCopyOption.COPY_ATTRIBUTES);

    Run first = run(command);
    assertEquals(0, first.code(), first.out() + first.err());
    List<String> steps = Pattern.compile("(?m)^\\$ transdesk .*$").matcher(first.out()).results().map(m -> m.group()).toList();
    assertEquals(List.of(
        "$ transdesk ingest --source-lang en --targets de,fr articles/",
        "$ transdesk export",
        "$ transdesk import --fail-on never xliff/returned/north-korea-talks.de.xlf",
        "$ transdesk lint --fail-on never xliff/returned/north-korea-talks.de.xlf",
        "$ transdesk report",
        "$ transdesk report --format html --out report.html"), steps);
    assertTrue(first.out().contains("articles/north-korea-talks.txt: version 1: 37 new"), first.out());
    assertTrue(first.out().contains("name-misspelled: the name 'Noh Kyu Duk' is written 'Noh Kyu-duk'"), first.out());
    Path demo = clone.resolve("transdesk-demo");
    assertTrue(first.out().endsWith("""
        XLIFF for translators: transdesk-demo/xliff
        HTML report:           transdesk-demo/report.html
        database:              transdesk-demo/transdesk.db (go on with: transdesk --db transdesk-demo/transdesk.db status)
        """), first.out());
    assertTrue(Files.isRegularFile(demo.resolve("xliff/de/articles/north-korea-talks.de.xlf")));
    assertTrue(Files.isRegularFile(demo.resolve("xliff/fr/articles/north-korea-talks.fr.xlf")));
    assertTrue(Files.readString(demo.resolve("report.html")).startsWith("<!DOCTYPE html>"));

    Run again = run(command);
    assertEquals(0, again.code(), again.err());
    assertEquals(withoutTimes(first.out()), withoutTimes(again.out()));
  }

  @Test
  void underCronsEnvironmentTheLauncherReadsFileNamesAsUtf8() throws Exception {
    // cron starts a job with no LANG or LC_ALL: the POSIX locale, in which the JVM reads file names as ASCII
    Files.copy(Path.of("transdesk"), clone.resolve("transdesk"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(clone.resolve("target"));
    Files.copy(Path.of("target/transdesk.jar"), clone.resolve("target/transdesk.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    Path folder = Files.createDirectories(clone.resolve("arts/Ünï 新闻"));
    Files.writeString(folder.resolve("Müller ü.txt"), "Talks resumed in Seoul. Kim Jong Un met the envoy.\n");
    String java = Path.of(System.getProperty("java.home"), "bin").toString();
    Run cron = run("env -i PATH=" + java + ":/usr/bin:/bin HOME=" + clone + " ./transdesk --db desk.db ingest --targets de arts"
        + " && env -i PATH=" + java + ":/usr/bin:/bin HOME=" + clone + " ./transdesk --db desk.db status");
    assertEquals(0, cron.code(), cron.err());
    assertTrue(cron.out().contains("arts/Ünï 新闻/Müller ü.txt: version 1: 2 new"), cron.out());
    assertTrue(cron.out().contains("arts/Ünï 新闻/Müller ü.txt  version 1, en, text: 2 segments"), cron.out());
  }

  private Run run(String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(clone.toFile());
    builder.environment().remove("TRANSDESK_DB");
    Process process = builder.start();
    process.getOutputStream().close();
    Path err = clone.resolve("stderr.txt");
    var errCopy = new Thread(() -> {
      try {
        Files.write(err, process.getErrorStream().readAllBytes());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    errCopy.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the demo took over three minutes");
    errCopy.join();
    return new Run(process.exitValue(), out, Files.readString(err));
  }

  /** The report prints when it ran and when the last import was; a second run differs only there. */
  private static String withoutTimes(String text) {
    return text.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", "<time>");
  }

  /** The commands of the README's Quick start block, in order. */
  static List<String> quickStartCommands() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = Pattern.compile("(?s)## Quick start.*?```sh\\n(.*?)```").matcher(readme);
    assertTrue(block.find(), "README has no Quick start sh block");
    return block.group(1).lines().filter(line -> !line.isBlank()).toList();
  }

  private record Run(int code, String out, String err) {}
}
