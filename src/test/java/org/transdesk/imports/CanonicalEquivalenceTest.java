package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.cli.CliRun;
import org.transdesk.store.DeskFixture;

/** Decomposed (NFD) text, as macOS tools write it, is the same text as its NFC form on import. */
class CanonicalEquivalenceTest {
  private static final String SOURCE = "Café owners welcomed José Núñez in München.";
  private static final String TARGET = "Des cafetiers ont accueilli José Núñez à Munich.";

  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private int doc;
  private int cafe;
  private CliRun last;

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    doc = desk.document("a.txt", "en", "fr");
    cafe = desk.segment(doc, SOURCE);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private ExitCode run(String... args) {
    last = CliRun.command(Path.of(db), "import", args);
    return last.code();
  }

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  private String summary(Path file, String counts) {
    return file + ": imported as import #1 into a.txt (fr): " + counts
        + ", 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n";
  }

  @Test
  void aDecomposedSourceIsNotStaleAndTheTargetIsStoredComposed() {
    Path file = Xliff12.of("a.txt", "fr", null)
        .unit(cafe, nfd(SOURCE), nfd(TARGET), "translated", 0)
        .write(dir.resolve("mac.fr.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()), () -> last.toString());
    assertEquals(summary(file, "1 applied, 0 unchanged, 0 empty"), last.out());
    assertEquals(List.of(List.of(TARGET, 1)), desk.rows("SELECT target, revision FROM translation"));
  }

  @Test
  void aDecomposedSourceWithoutFingerprintIsNotStale() {
    Path file = Xliff12.of("a.txt", "fr", null)
        .unit(String.valueOf(cafe), nfd(SOURCE), TARGET, "translated", "")
        .write(dir.resolve("mac.fr.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()), () -> last.toString());
    assertEquals(summary(file, "1 applied, 0 unchanged, 0 empty"), last.out());
  }

  @Test
  void theSameTranslationComposedOrDecomposedIsUnchanged() {
    desk.translation(cafe, "fr", nfd(TARGET), "translated", 1);
    Path composed = Xliff12.of("a.txt", "fr", null)
        .unit(String.valueOf(cafe), SOURCE, TARGET, "translated", "")
        .write(dir.resolve("win.fr.xlf"));
    assertEquals(ExitCode.OK, run(composed.toString()), () -> last.toString());
    assertEquals(summary(composed, "0 applied, 1 unchanged, 0 empty"), last.out());
    assertEquals(0, desk.count("history"));
  }
}
