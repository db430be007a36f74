package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command whose stdout cannot be written did not do its job: a cron job's
 * {@code transdesk report --format json > todo.json} on a full disk must not end with exit 0 and
 * an empty file. Run as a user runs it, in a JVM of its own, with stdout on Linux's /dev/full
 * (every write fails with "No space left on device").
 */
class OutputFailureTest {
  private static final File FULL = new File("/dev/full");

  @TempDir
  Path work;

  @Test
  void aReportToAFullDiskExitsFourWithOneLine() throws Exception {
    assumeTrue(FULL.exists(), "no /dev/full on this system");
    Path desk = work.resolve("desk.db");
    Files.writeString(work.resolve("a.txt"), "Talks resumed. Kim Jong Un met the envoy.\n");
    assertEquals(0, transdesk(ProcessBuilder.Redirect.DISCARD, "--db", desk.toString(), "ingest", "--targets", "de",
        work.resolve("a.txt").toString()).exitCode());

    FreshJvm.Run report = transdesk(ProcessBuilder.Redirect.to(FULL), "--db", desk.toString(), "report", "--format", "json");
    assertEquals(4, report.exitCode(), report.stderr());
    assertEquals("error: stdout: cannot write the output (No space left on device); nothing of it can be trusted:"
        + " free space or write it elsewhere, then run the command again\n", report.stderr());

    // the same command with somewhere to write is fine
    FreshJvm.Run fine = transdesk(ProcessBuilder.Redirect.DISCARD, "--db", desk.toString(), "report", "--format", "json");
    assertEquals(0, fine.exitCode(), fine.stderr());
  }

  @Test
  void aCommandThatFailedKeepsItsOwnExitCode() throws Exception {
    assumeTrue(FULL.exists(), "no /dev/full on this system");
    FreshJvm.Run missing = transdesk(ProcessBuilder.Redirect.to(FULL), "lint", work.resolve("nothing.xlf").toString());
    assertEquals(3, missing.exitCode(), missing.stderr());
  }

  private FreshJvm.Run transdesk(ProcessBuilder.Redirect stdout, String... arguments) throws Exception {
    return FreshJvm.run(work, stdout, List.of(), null, arguments);
  }
}
