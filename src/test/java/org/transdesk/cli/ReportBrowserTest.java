package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/**
 * A real browser renders the HTML report: Debian's chromium, headless, prints the DOM it built and
 * takes a screenshot. Runs when chromium is installed; under CI (env CI set) its absence fails.
 */
class ReportBrowserTest {
  @TempDir Path tmp;

  @Test
  void chromiumShowsTheJsonReportsNumbers() throws Exception {
    Path chromium = chromium();
    try (ReportDesk desk = ReportDesk.worked()) {
      Path page = desk.dir.resolve("report.html");
      assertEquals(ExitCode.OK, desk.run("report", "--format", "html", "--out", page.toString()).code());
      Document dom = Jsoup.parse(dumpDom(chromium, page));
      int compared = HtmlReportCheck.assertShowsJsonNumbers(dom, new ObjectMapper().readTree(desk.run("report", "--format", "json").out()));
      assertEquals(2 * 16 + 4 * 21, compared);
      assertEquals("Translation report", dom.selectFirst("h1").text());
    }
  }

  @Test
  void chromiumRendersSourceMarkupAsTextAndRunsNoScript() throws Exception {
    Path chromium = chromium();
    try (ReportDesk desk = ReportDesk.ingested()) {
      Path page = desk.dir.resolve("report.html");
      assertEquals(ExitCode.OK, desk.run("report", "--format", "html", "--out", page.toString()).code());
      Document dom = Jsoup.parse(dumpDom(chromium, page));
      assertEquals(List.of(), dom.select("script").eachText());
      assertTrue(dom.select("td.source").eachText().contains("A source with <script>alert(1)</script> & \"quotes\" in it."),
          dom.select("td.source").eachText().toString());
    }
  }

  @Test
  void chromiumTakesAScreenshotOfTheReportAtLaptopSize() throws Exception {
    Path chromium = chromium();
    try (ReportDesk desk = ReportDesk.worked()) {
      Path page = desk.dir.resolve("report.html");
      assertEquals(ExitCode.OK, desk.run("report", "--format", "html", "--out", page.toString()).code());
      Path png = tmp.resolve("report.png");
      screenshot(chromium, page, png, tmp.resolve("profile"));
      assertEquals("1280x900", pngSize(png));
      assertTrue(Files.size(png) > 20_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }
  }

  /** chromium, or the test is skipped; under CI its absence is a failure (.ci/run installs it). */
  static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
    }
    if (System.getenv("CI") != null) fail("chromium is not installed; .ci/run installs it with apt-get install chromium");
    Assumptions.abort("chromium is not installed (apt-get install chromium)");
    return null;
  }

  private String dumpDom(Path chromium, Path page) throws IOException, InterruptedException {
    return run(chromium, tmp.resolve("profile"), "--dump-dom", page.toUri().toString());
  }

  /** Takes a 1280×900 screenshot of a page into png. */
  static void screenshot(Path chromium, Path page, Path png, Path profile) throws IOException, InterruptedException {
    run(chromium, profile, "--screenshot=" + png, "--window-size=1280,900", "--hide-scrollbars", page.toUri().toString());
    if (!Files.isRegularFile(png)) fail("chromium wrote no screenshot " + png);
  }

  private static String run(Path chromium, Path profile, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path errors = Files.createTempFile("chromium", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      byte[] out;
      try (InputStream stdout = process.getInputStream()) {
        out = stdout.readAllBytes();
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("chromium did not finish in 120 s");
      }
      if (process.exitValue() != 0) fail("chromium exited " + process.exitValue() + ": " + Files.readString(errors));
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** Width x height from a PNG's IHDR chunk. */
  static String pngSize(Path png) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
      in.skipNBytes(16);
      return in.readInt() + "x" + in.readInt();
    }
  }
}
