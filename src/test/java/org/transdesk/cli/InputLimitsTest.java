package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.DatabaseDump;

/** The input limits as command options: each refusal names the limit and how to raise it, and writes nothing. */
class InputLimitsTest {
  @TempDir Path dir;
  private Path db;
  private Path article;
  private String before;

  @BeforeEach
  void desk() throws Exception {
    db = dir.resolve("desk.db");
    article = Files.writeString(dir.resolve("a.txt"), "First sentence here. Second one follows.\n\nA third, in its own paragraph.\n");
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--targets", "de", dir.resolve("a.txt").toString()).code());
    Files.writeString(article, "First sentence here. Second one follows, changed.\n\nA third, in its own paragraph. And a fourth.\n");
    before = DatabaseDump.of(db.toString());
  }

  private void assertRefused(String expectedError, String... args) {
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + expectedError + "\n"), CliRun.run(db, args));
    assertEquals(before, DatabaseDump.of(db.toString()));
  }

  @Test
  void articleOverTheFileSizeLimitIsRefused() throws Exception {
    assertRefused(article + ": file is " + Files.size(article) + " bytes, over the 64 bytes limit; raise it with --max-file-size or split the article",
        "ingest", "--max-file-size", "64", article.toString());
  }

  @Test
  void articleWithMoreSegmentsThanTheLimitIsRefused() {
    assertRefused(article + ": more than 3 segments, over the limit; raise it with --max-units or split the article",
        "ingest", "--max-units", "3", article.toString());
  }

  @Test
  void sentenceLongerThanTheLimitIsRefused() {
    assertRefused(article + ": paragraph 1 has a sentence of 28 characters, over the 25-character limit; raise it with --max-segment-length",
        "ingest", "--max-segment-length", "25", article.toString());
  }

  @Test
  void sentenceLengthCountsCharactersAsAUserSeesThem() throws Exception {
    Path emoji = Files.writeString(dir.resolve("e.txt"), "Go \uD83C\uDFC6\uD83C\uDFC6\uD83C\uDFC6\uD83C\uDFC6\uD83C\uDFC6\uD83C\uDFC6 ok.\n");
    Path decomposed = Files.writeString(dir.resolve("g.txt"), "Go e\u0301e\u0301e\u0301e\u0301e\u0301 ok.\n");
    Path freshDb = dir.resolve("fresh").resolve("transdesk.db");
    Files.createDirectories(freshDb.getParent());
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + emoji + ": paragraph 1 has a sentence of 13 characters,"
        + " over the 12-character limit; raise it with --max-segment-length\n"),
        CliRun.run(freshDb, "ingest", "--max-segment-length", "12", emoji.toString()));
    assertFalse(Files.exists(freshDb), "a refused ingest left a database behind");
    assertEquals(ExitCode.OK, CliRun.run(freshDb, "ingest", "--max-segment-length", "13", emoji.toString()).code());
    assertEquals(ExitCode.OK, CliRun.run(freshDb, "ingest", "--max-segment-length", "12", decomposed.toString()).code());
  }

  @Test
  void raisedLimitsLetTheSameArticleIn() {
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--max-file-size", "1k", "--max-units", "4", "--max-segment-length", "40",
        article.toString()).code());
  }

  @Test
  void badLimitValuesAreUsageErrors() {
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: --max-file-size takes a size such as 512m, 2g or 800k, not 'lots'; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)\n"),
        CliRun.run(db, "ingest", "--max-file-size", "lots", article.toString()));
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: --max-units takes a whole number from 1 to 2147483647, not '0'; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)\n"),
        CliRun.run(db, "ingest", "--max-units", "0", article.toString()));
  }

  private Path threeUnits() throws Exception {
    return Files.writeString(dir.resolve("de.xlf"), ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="%s" source-language="en" target-language="de" datatype="plaintext">
            <body>
              <trans-unit id="1"><source>First sentence here.</source><target>Erster Satz hier.</target></trans-unit>
              <trans-unit id="2"><source>Second one follows.</source><target>Der zweite folgt.</target></trans-unit>
              <trans-unit id="3"><source>A third, in its own paragraph.</source><target>Ein dritter, in eigenem Absatz.</target></trans-unit>
            </body>
          </file>
        </xliff>
        """).formatted(article));
  }

  @Test
  void importRefusesAFileOverEachLimitAndWritesNothing() throws Exception {
    Path xliff = threeUnits();
    CliRun size = CliRun.run(db, "import", "--max-file-size", "100", xliff.toString());
    CliRun units = CliRun.run(db, "import", "--max-units", "2", xliff.toString());
    CliRun length = CliRun.run(db, "import", "--max-segment-length", "20", xliff.toString());
    assertEquals(List.of(ExitCode.REJECTED, ExitCode.REJECTED, ExitCode.REJECTED), List.of(size.code(), units.code(), length.code()));
    assertEquals(List.of(
            xliff + ":0: file is " + Files.size(xliff) + " bytes, over the 100 bytes limit; raise it with --max-file-size or split the file",
            xliff + ":7: more than 2 units, over the limit; raise it with --max-units or split the file",
            xliff + ":7: text longer than 20 characters, over the limit; raise it with --max-segment-length or split the unit")
            .stream().map(e -> "error: " + e + "\n").toList(),
        List.of(size.err() + size.out(), units.err() + units.out(), length.err() + length.out()));
    assertEquals(before, DatabaseDump.of(db.toString()));
  }

  @Test
  void lintRefusesAFileOverEachLimit() throws Exception {
    Path xliff = threeUnits();
    CliRun size = CliRun.run(null, "lint", "--max-file-size", "100", xliff.toString());
    CliRun units = CliRun.run(null, "lint", "--max-units", "2", xliff.toString());
    CliRun length = CliRun.run(null, "lint", "--max-segment-length", "20", xliff.toString());
    assertEquals(List.of(ExitCode.REJECTED, ExitCode.REJECTED, ExitCode.REJECTED), List.of(size.code(), units.code(), length.code()));
    assertEquals(List.of(
            xliff + ":0: file is " + Files.size(xliff) + " bytes, over the 100 bytes limit; raise it with --max-file-size or split the file",
            xliff + ":7: more than 2 units, over the limit; raise it with --max-units or split the file",
            xliff + ":7: text longer than 20 characters, over the limit; raise it with --max-segment-length or split the unit")
            .stream().map(e -> "error: " + e + "\n").toList(),
        List.of(size.err() + size.out(), units.err() + units.out(), length.err() + length.out()));
  }
}
