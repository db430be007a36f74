package org.transdesk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * transdesk's Main in a JVM of its own, started as a shell starts it, for what only a process
 * shows: what libraries print on the process's stderr, the exit code when stdout cannot be written,
 * how file names are read in the environment's locale.
 */
final class FreshJvm {
  /** The exit code and everything the process wrote on stderr. */
  record Run(int exitCode, String stderr) {}

  private FreshJvm() {}

  /**
   * Runs {@code transdesk ARGUMENTS} in {@code work}, stdout to {@code stdout}.
   *
   * @param jvmOptions options before the class path ("-Dorg.sqlite.tmpdir=…")
   * @param environment the whole environment, or null for this JVM's
   */
  static Run run(Path work, ProcessBuilder.Redirect stdout, List<String> jvmOptions, Map<String, String> environment,
      String... arguments) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    line.addAll(jvmOptions);
    line.addAll(List.of("-cp", classPath, "org.transdesk.Main"));
    line.addAll(List.of(arguments));
    Path err = Files.createTempFile(work, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(line).directory(work.toFile()).redirectOutput(stdout).redirectError(err.toFile());
    if (environment != null) {
      builder.environment().clear();
      builder.environment().putAll(environment);
    }
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("transdesk " + String.join(" ", arguments) + " did not end within 60 s");
    }
    return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }
}
