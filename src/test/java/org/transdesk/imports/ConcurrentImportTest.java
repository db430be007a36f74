package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.Database;
import org.transdesk.store.DeskFixture;

/** Two desk members importing at once: both land; a writer that waits too long fails with one line. */
class ConcurrentImportTest {
  private static final int UNITS = 3000;

  @TempDir Path dir;

  private String desk(List<Integer> ids) {
    String db = dir.resolve("desk.db").toString();
    try (DeskFixture desk = new DeskFixture(db)) {
      int doc = desk.document("a.txt", "en", "de", "fr");
      for (int i = 0; i < UNITS; i++) ids.add(desk.segment(doc, "Sentence number " + i + " of the article."));
    }
    return db;
  }

  private Path file(String lang, List<Integer> ids) {
    Xliff12 x = Xliff12.of("a.txt", lang, null);
    for (int i = 0; i < ids.size(); i++) {
      x.unit(ids.get(i), "Sentence number " + i + " of the article.", "Satz Nummer " + i + " des Artikels (" + lang + ").", "translated", 0);
    }
    return x.write(dir.resolve(lang + ".xlf"));
  }

  private Process start(String db, Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.transdesk.Main",
        "import", "--db", db, "--quiet", file.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(file.getFileName() + ".log").toFile())
        .start();
  }

  @Test
  void twoProcessesImportingDifferentFilesBothLandEveryUnit() throws Exception {
    List<Integer> ids = new ArrayList<>();
    String db = desk(ids);
    Path de = file("de", ids);
    Path fr = file("fr", ids);
    Process first = start(db, de);
    Process second = start(db, fr);
    assertEquals(true, first.waitFor(120, TimeUnit.SECONDS));
    assertEquals(true, second.waitFor(120, TimeUnit.SECONDS));
    String deLog = Files.readString(dir.resolve("de.xlf.log"));
    String frLog = Files.readString(dir.resolve("fr.xlf.log"));
    assertEquals(0, first.exitValue(), deLog);
    assertEquals(0, second.exitValue(), frLog);
    try (DeskFixture desk = new DeskFixture(db)) {
      assertEquals(List.of(List.of("de", UNITS, UNITS), List.of("fr", UNITS, UNITS)),
          desk.rows("SELECT t.lang, count(*), (SELECT count(*) FROM history h WHERE h.lang = t.lang)"
              + " FROM translation t GROUP BY t.lang ORDER BY t.lang"));
      assertEquals(List.of(List.of("de", UNITS), List.of("fr", UNITS)), desk.rows("SELECT lang, applied FROM import ORDER BY lang"));
    }
  }

  @Test
  void writerThatWaitsLongerThanTheBusyTimeoutFailsWithOneLine() throws Exception {
    List<Integer> ids = new ArrayList<>();
    String db = desk(ids);
    Path de = file("de", ids.subList(0, 2));
    String before;
    try (DeskFixture desk = new DeskFixture(db)) {
      before = desk.dump();
    }
    try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = holder.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      ExitCode code = Main.run(new String[] {"import", "--db", db, de.toString()}, new PrintWriter(out), new PrintWriter(err),
          Map.of(Database.BUSY_TIMEOUT_ENV, "300"), false);
      s.execute("ROLLBACK");
      assertEquals(ExitCode.FAILURE, code);
      assertEquals("", out.toString());
      assertEquals("error: " + db + ": database is locked by another process (waited 300 ms) while trying to import " + de
          + "; try again when it has finished or wait longer with TRANSDESK_BUSY_TIMEOUT=<milliseconds>\n", err.toString());
    } finally {
      Database.configure(Map.of());
    }
    try (DeskFixture desk = new DeskFixture(db)) {
      assertEquals(before, desk.dump());
    }
  }
}
