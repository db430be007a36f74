package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * A translator's tool from Debian's packages (omegat, translate-toolkit) that a test drives. Runs when the
 * program is on PATH; under CI (env CI set) its absence fails the test, since .ci/run installs it.
 */
final class OutsideTool {
  private OutsideTool() {}

  static void require(String program, String debianPackage) {
    if (onPath(program)) return;
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) fail(program + " is not on PATH but CI is set: .ci/run must install the Debian package " + debianPackage);
    assumeTrue(false, program + " is not on PATH (apt-get install " + debianPackage + " to run this test)");
  }

  /** Runs a command in a folder and returns its output; fails the test on a non-zero exit or a time-out. */
  static String run(Path folder, List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
    }
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + text);
    return text;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) return true;
    }
    return false;
  }

  static void assertFile(Path file) {
    assertTrue(Files.isRegularFile(file), file + " was not written");
  }
}
