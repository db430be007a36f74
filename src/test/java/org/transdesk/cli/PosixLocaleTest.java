package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * transdesk started without the launcher under cron's POSIX locale: the JVM reads file names as
 * ASCII, and a file named with any other letter used to end in "internal error ...
 * InvalidPathException", exit 5. It is one line saying what to do, exit 4.
 */
class PosixLocaleTest {
  @TempDir
  Path work;

  @Test
  void aFileNameTheLocaleCannotEncodeIsOneLineSayingWhatToDo() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, "org.transdesk.Main", "lint", "Müller.xlf")
        .directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("err").toFile());
    builder.environment().clear();   // no LANG, LC_ALL or LC_CTYPE: the POSIX locale, as under cron
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "transdesk did not end within 60 s");
    String err = Files.readString(work.resolve("err"), StandardCharsets.UTF_8);
    assertEquals(4, process.exitValue(), err);
    List<String> lines = err.lines().toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith("error: M"), err);
    assertTrue(lines.get(0).endsWith(": this file name cannot be used in the system's encoding ANSI_X3.4-1968 (no UTF-8 locale is"
        + " set, as under cron): run transdesk with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or through ./transdesk, which sets one"), err);
  }
}
