package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    // no LANG, LC_ALL or LC_CTYPE: the POSIX locale, as under cron
    FreshJvm.Run run = FreshJvm.run(work, ProcessBuilder.Redirect.DISCARD, List.of(), Map.of(), "lint", "Müller.xlf");
    String err = run.stderr();
    assertEquals(4, run.exitCode(), err);
    List<String> lines = err.lines().toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith("error: M"), err);
    assertTrue(lines.get(0).endsWith(": this file name cannot be used in the system's encoding ANSI_X3.4-1968 (no UTF-8 locale is"
        + " set, as under cron): run transdesk with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or through ./transdesk, which sets one"), err);
  }
}
