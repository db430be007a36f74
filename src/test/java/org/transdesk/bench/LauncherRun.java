package org.transdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One whole transdesk command run through the {@code ./transdesk} launcher, as a desk runs it (its
 * JVM options, its class archive; JAVA_OPTS replaces the options as there), with the child's own
 * peak RSS (VmHWM) and CPU seconds sampled while it runs. The bench JVM's own RSS, in the row, says
 * nothing about the command; these do.
 */
record LauncherRun(int exitCode, long peakRss, double cpuSeconds, String output) {
  /** Runs {@code ./transdesk ARGS} in {@code work}; stdout and stderr together in {@link #output()}. */
  static LauncherRun of(Path work, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Fixtures.launcher().toString());
    command.addAll(args);
    Path log = Files.createTempFile(work, "launcher", ".log");
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    long peak = 0;
    double cpu = 0;
    while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, vmHwm(process.pid()));
      cpu = Math.max(cpu, process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0));
    }
    String output = Files.readString(log);
    Files.delete(log);
    return new LauncherRun(process.exitValue(), peak, cpu, output);
  }

  /** Fails the stage with the command's output when it did not exit with {@code expected}. */
  LauncherRun expect(int expected, String what) {
    if (exitCode != expected) {
      throw new IllegalStateException(what + " exited " + exitCode + ": " + output.substring(0, Math.min(2000, output.length())));
    }
    return this;
  }

  /** "./transdesk CMD: RSS …, cpu >= … s" for the row's notes, with JAVA_OPTS when set. */
  String describe(String command) {
    String javaOpts = System.getenv("JAVA_OPTS");
    return String.format(Locale.ROOT, "./transdesk %s: RSS %s, cpu >= %.2f s%s", command, Bench.mb(peakRss), cpuSeconds,
        javaOpts == null || javaOpts.isBlank() ? "" : "; JAVA_OPTS=" + javaOpts.strip());
  }

  /** A process's peak resident set so far (VmHWM), 0 once it has gone. */
  private static long vmHwm(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
