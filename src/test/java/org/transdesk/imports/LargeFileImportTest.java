package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DeskFixture;

/**
 * Files of many units, read ahead on another thread and written in multi-row statements: every row
 * lands, and a refusal that comes late in the file, from the reader or from the import, still
 * leaves the database as it was.
 */
class LargeFileImportTest {
  private static final int UNITS = 1_000;

  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private int first;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    int doc = desk.document("a.txt", "en", "de");
    first = desk.segments(doc, java.util.stream.IntStream.range(0, UNITS).mapToObj(LargeFileImportTest::source).iterator());
    for (int i = 0; i < UNITS; i += 10) desk.translation(first + i, "de", "Alt " + i + ".", "translated", 2);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private static String source(int i) {
    return "Talks number " + i + " ended in Hanoi.";
  }

  private ExitCode run(String... args) {
    List<String> all = new ArrayList<>(List.of("import", "--db", db));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of(), false);
  }

  /** Every tenth unit answers revision 1 of a translation now at 2 (a conflict); every seventh other one drops its number. */
  private Xliff12 returned(boolean numbersRight) {
    Xliff12 file = Xliff12.of("a.txt", "de", null);
    for (int i = 0; i < UNITS; i++) {
      boolean wrong = !numbersRight && i % 7 == 1 && i % 10 != 0;
      file.unit(first + i, source(i), "Gespräche Nummer " + (wrong ? "x" : String.valueOf(i)) + " endeten in Hanoi.",
          "translated", i % 10 == 0 ? 1 : 0);
    }
    return file;
  }

  @Test
  void everyRowOfALargeFileLands() {
    int conflicts = UNITS / 10;
    int wrong = 0;
    for (int i = 1; i < UNITS; i += 7) if (i % 10 != 0) wrong++;
    Path file = returned(false).write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()), err::toString);
    int applied = UNITS - conflicts;
    assertTrue(out.toString().contains(": partial as import #1 into a.txt (de): " + applied + " applied, 0 unchanged, 0 empty,"
        + " 0 stale, " + conflicts + " conflict,"), out::toString);
    assertEquals(List.of(List.of(applied, applied)),
        desk.rows("SELECT count(*), count(DISTINCT segment_id) FROM translation WHERE import_id = 1 AND revision = 1"));
    assertEquals(List.of(List.of(applied, applied)),
        desk.rows("SELECT count(*), count(DISTINCT segment_id) FROM history WHERE import_id = 1 AND old_target IS NULL"));
    assertEquals(List.of(List.of(conflicts, conflicts)),
        desk.rows("SELECT count(*), count(DISTINCT segment_id) FROM held_translation WHERE import_id = 1 AND reason = 'conflict'"));
    assertEquals(List.of(List.of(wrong, wrong)),
        desk.rows("SELECT count(*), count(DISTINCT segment_id) FROM finding WHERE import_id = 1 AND rule = 'number-changed'"));
    assertEquals(List.of(List.of("Gespräche Nummer 999 endeten in Hanoi.", "Alt 990.")),
        desk.rows("SELECT (SELECT target FROM translation WHERE segment_id = " + (first + 999) + "),"
            + " (SELECT target FROM translation WHERE segment_id = " + (first + 990) + ")"));

    Xliff12 fixed = Xliff12.of("a.txt", "de", null);
    for (int i = 0; i < UNITS; i++) {
      if (i % 10 != 0) fixed.unit(first + i, source(i), "Gespräche Nummer " + i + " endeten in Hanoi.", "translated", 1);
    }
    assertEquals(ExitCode.OK, run(fixed.write(dir.resolve("fixed.xlf")).toString()), err::toString);
    assertEquals(List.of(List.of(wrong)), desk.rows("SELECT count(*) FROM finding WHERE resolved_at IS NOT NULL"));
    assertEquals(List.of(List.of(wrong)), desk.rows("SELECT count(*) FROM history WHERE import_id = 2"));
  }

  @Test
  void aDuplicateIdAtTheEndOfALargeFileLeavesTheDatabaseAsItWas() throws IOException {
    String text = returned(true).text();
    String last = "      <trans-unit id=\"" + (first + 5) + "\"><source>x</source><target>y</target></trans-unit>\n    </body>";
    Path file = Files.writeString(dir.resolve("dup.xlf"), text.replace("    </body>", last));
    String before = desk.dump();
    assertEquals(ExitCode.REJECTED, run(file.toString()));
    assertTrue(err.toString().contains("unit id '" + (first + 5) + "' appears twice"), err::toString);
    assertEquals(before, desk.dump());
  }

  @Test
  void aSecondFileForAnUnknownDocumentAfterManyUnitsLeavesTheDatabaseAsItWas() throws IOException {
    String text = returned(true).text();
    String second = "  </file>\n  <file original=\"nowhere.txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\">\n"
        + "    <body>\n" + "      <trans-unit id=\"1\"><source>x</source><target>y</target></trans-unit>\n"
        + "    </body>\n  </file>\n</xliff>";
    Path file = Files.writeString(dir.resolve("two.xlf"), text.replace("  </file>\n</xliff>", second));
    String before = desk.dump();
    assertEquals(ExitCode.REJECTED, run(file.toString()));
    assertTrue(err.toString().contains("document 'nowhere.txt' (file/@original) is not in the database"), err::toString);
    assertEquals(before, desk.dump());
  }
}
