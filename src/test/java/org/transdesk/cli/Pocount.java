package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Translate Toolkit's {@code pocount} (Debian package translate-toolkit): what it counts in an
 * XLIFF file. Tests run it when it is on PATH; under CI (env CI set) its absence fails the test.
 */
record Pocount(int total, int translated, int fuzzy, int untranslated) {
  /** Skips the calling test when pocount is missing on a developer machine; fails under CI. */
  static void require() {
    if (onPath("pocount")) return;
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) fail("pocount is not on PATH but CI is set: install the Debian package translate-toolkit");
    assumeTrue(false, "pocount is not on PATH (install translate-toolkit to run this test)");
  }

  static Pocount of(Path file) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("pocount", "--csv", file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("pocount did not finish in 2 minutes");
    }
    assertEquals(0, process.exitValue(), output);
    // Filename, Translated Messages, Translated Source Words, Translated Target Words, Fuzzy Messages, Fuzzy Source Words,
    // Untranslated Messages, Untranslated Source Words, Total Message, Total Source Words[, Review...]
    List<String> lines = output.lines().filter(l -> l.startsWith(file.toString() + ",")).toList();
    assertEquals(1, lines.size(), output);
    String[] columns = lines.get(0).substring(file.toString().length() + 1).split(",");
    return new Pocount(number(columns[7]), number(columns[0]), number(columns[3]), number(columns[5]));
  }

  private static int number(String column) {
    return Integer.parseInt(column.strip());
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) return true;
    }
    return false;
  }
}
