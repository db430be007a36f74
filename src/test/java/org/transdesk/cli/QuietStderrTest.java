package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What a command writes on stderr when a library it uses complains: the SQLite driver removes the
 * libraries other processes unpacked into the temporary folder at every start, and logged a failed
 * removal (another process's clean-up got there first) as an ERROR with a 30-line stack trace in
 * the middle of an import's output. Each command runs in a JVM of its own, as a user runs it, since
 * the logger reads its settings once per JVM.
 */
class QuietStderrTest {
  @TempDir
  Path work;

  @Test
  void theSqliteDriversFailedCleanUpOfOtherProcessesLibrariesIsNotPrinted() throws Exception {
    Path temp = leftoverThatCannotBeDeleted();
    FreshJvm.Run run = status(temp, false);
    assertEquals(0, run.exitCode(), run.stderr());
    // init's own hint ("next: put articles in ...") is all there is
    assertEquals(1, run.stderr().lines().count(), run.stderr());
    assertTrue(run.stderr().startsWith("next: "), run.stderr());
  }

  @Test
  void verboseStillShowsIt() throws Exception {
    Path temp = leftoverThatCannotBeDeleted();
    FreshJvm.Run run = status(temp, true);
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("Failed to delete old native lib"), run.stderr());
  }

  @Test
  void theLeftoverReallyMakesTheDriverComplain() throws Exception {
    // Guards the two tests above: the planted leftover is one the driver tries and fails to remove.
    Path temp = leftoverThatCannotBeDeleted();
    status(temp, false);
    assertTrue(Files.isDirectory(temp.resolve(leftoverName())), "the driver removed what it should fail to remove");
    assertFalse(Files.exists(temp.resolve(leftoverName() + ".lck")));
  }

  /**
   * A "library" in the driver's temporary folder with no lock file beside it, which the driver
   * therefore deletes; a folder with a file in it, so the deletion fails every time (in the wild it
   * fails when another process deleted the file a moment before).
   */
  private Path leftoverThatCannotBeDeleted() throws IOException {
    Path temp = Files.createDirectories(work.resolve("tmp"));
    Path leftover = Files.createDirectories(temp.resolve(leftoverName()));
    Files.writeString(leftover.resolve("busy"), "x");
    return temp;
  }

  private static String leftoverName() {
    return "sqlite-" + SQLiteJDBCLoader.getVersion() + "-00000000-0000-0000-0000-000000000000-libsqlitejdbc.so";
  }

  private FreshJvm.Run status(Path temp, boolean verbose) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("init", work.resolve("desk").toString()));
    if (verbose) arguments.add(0, "--verbose");
    return FreshJvm.run(work, ProcessBuilder.Redirect.DISCARD, List.of("-Dorg.sqlite.tmpdir=" + temp), null,
        arguments.toArray(String[]::new));
  }
}
