package org.transdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a command as a user runs it, through the {@code ./transdesk} launcher, with what it
 * cost: the child's CPU seconds (user + system) and peak resident set, from GNU time when there is
 * one, else from the child's /proc entries polled while it runs (then the CPU time is a lower bound:
 * the last few milliseconds are not seen). Stdout and stderr go to files.
 */
record Launched(int exitCode, double cpuSeconds, long rssKb, Path stdout, Path stderr) {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** Runs {@code ./transdesk ARGUMENTS} in {@code work}, its output into {@code work/NAME.out} and {@code NAME.err}. */
  static Launched run(Path folder, String name, List<String> arguments) throws IOException, InterruptedException {
    Path work = folder.toAbsolutePath();
    Path stdout = work.resolve(name + ".out");
    Path stderr = work.resolve(name + ".err");
    Path timing = work.resolve(name + ".time");
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    List<String> command = new ArrayList<>();
    if (gnuTime) command.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", timing.toString()));
    command.add(Fixtures.launcher().toString());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    long peakKb = 0;
    double cpu = 0;
    // With GNU time nothing is polled: waiting on the child returns the moment it ends, where a
    // sleep between polls added up to 20 ms to every timed run.
    while (!gnuTime && process.isAlive()) {
      peakKb = Math.max(peakKb, vmHwmKb(process.pid()));
      cpu = Math.max(cpu, process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0));
      Thread.sleep(20);
    }
    int code = process.waitFor();
    if (gnuTime) {
      String[] fields = Files.readAllLines(timing, StandardCharsets.UTF_8).get(0).strip().split(" ");
      cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
      peakKb = Long.parseLong(fields[2]);
    }
    return new Launched(code, cpu, peakKb, stdout, stderr);
  }

  /** The last line the command wrote on stderr ("" when none). */
  String lastErrorLine() throws IOException {
    List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** A process's peak resident set so far (VmHWM) in KB, 0 once it has gone. */
  private static long vmHwmKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
      }
    } catch (IOException | RuntimeException e) {
      return 0; // the child ended between the check and the read
    }
    return 0;
  }
}
