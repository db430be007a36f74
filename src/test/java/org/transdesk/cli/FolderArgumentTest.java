package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.glossary.Glossary;
import org.transdesk.store.StoreFixtures;

/**
 * A folder given to import, lint or ingest as a desk's folders really look: beside the files, what
 * macOS leaves on a shared drive ({@code ._name}, binary AppleDouble data under the same extension),
 * an editor's hidden backup, a hidden folder, a subfolder. Hidden files and folders are skipped, as
 * ingest always did; everything else is taken in name order.
 */
class FolderArgumentTest {
  /** The first bytes of a real AppleDouble file: a binary header, then a resource fork. */
  private static final byte[] APPLE_DOUBLE = {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X', 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};

  @TempDir Path dir;
  private Path db;
  private Path returned;

  @BeforeEach
  void deskWithAReturnedFolder() throws Exception {
    db = dir.resolve("desk.db");
    Path article = Files.writeString(dir.resolve("story.txt"), "Floods hit the valley.\nMore than 2,000 people left their homes.\n");
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--targets", "de,fr", article.toString()).code());
    assertEquals(ExitCode.OK, CliRun.run(db, "export", "--out", dir.resolve("out").toString()).code());
    returned = Files.createDirectories(dir.resolve("returned"));
    Path sub = Files.createDirectories(returned.resolve("fr"));
    Path hiddenFolder = Files.createDirectories(returned.resolve(".backup"));
    for (String lang : List.of("de", "fr")) {
      Path exported;
      try (Stream<Path> files = Files.walk(dir.resolve("out").resolve(lang))) {
        exported = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
      }
      String translated = KillTest.translate(Files.readString(exported));
      Path folder = lang.equals("de") ? returned : sub;
      Files.writeString(folder.resolve("story." + lang + ".xlf"), translated);
      Files.write(folder.resolve("._story." + lang + ".xlf"), APPLE_DOUBLE);
      Files.writeString(hiddenFolder.resolve("story." + lang + ".xlf"), translated.replace("<target", "<target xml:lang=\"" + lang + "\""));
    }
    Files.writeString(returned.resolve("notes.txt"), "sent back on Monday\n");
    // memoQ returns the German file under its own extension
    Path memoq = returned.resolve("story.de.xlf");
    Files.move(memoq, returned.resolve("story.de.mqxliff"));
  }

  @Test
  void importTakesTheXliffFilesAndSkipsHiddenOnes() {
    CliRun result = CliRun.run(db, "import", returned.toString());
    assertEquals("", result.err().lines().filter(line -> line.startsWith("error")).reduce("", String::concat));
    List<String> files = result.out().lines().filter(line -> line.contains(" as import #")).map(line -> line.substring(0, line.indexOf(": "))).toList();
    assertEquals(List.of(returned.resolve("fr/story.fr.xlf").toString(), returned.resolve("story.de.mqxliff").toString()), files);
    assertEquals(2, StoreFixtures.count(db.toString(), "import"));
  }

  @Test
  void lintChecksTheXliffFilesAndSkipsHiddenOnes() {
    CliRun result = CliRun.run(null, "lint", "--fail-on", "never", returned.toString());
    assertEquals(ExitCode.OK, result.code(), result.err());
    assertTrue(result.err().contains("lint: 2 files, 4 units"), result.err());
  }

  @Test
  void aLinkToAFolderIsReadLikeTheFolderAndItsFilesKeepTheLinksName() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("inbox"), returned);
    CliRun lint = CliRun.run(null, "lint", "--fail-on", "never", link.toString());
    assertEquals(ExitCode.OK, lint.code(), lint.err());
    assertTrue(lint.err().contains("lint: 2 files, 4 units"), lint.err());
    CliRun result = CliRun.run(db, "import", link.toString());
    List<String> files = result.out().lines().filter(line -> line.contains(" as import #")).map(line -> line.substring(0, line.indexOf(": "))).toList();
    assertEquals(List.of(link.resolve("fr/story.fr.xlf").toString(), link.resolve("story.de.mqxliff").toString()), files);
  }

  @Test
  void ingestReadsTheArticlesOfALinkToAFolder() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("real-articles"));
    Files.writeString(articles.resolve("fire.txt"), "A fire broke out.\n");
    Path link = Files.createSymbolicLink(dir.resolve("articles"), articles);
    CliRun result = CliRun.run(db, "ingest", "--targets", "de", link.toString());
    assertEquals(ExitCode.OK, result.code(), result.err());
    assertTrue(result.out().startsWith(link.resolve("fire.txt") + ": version 1: 1 new"), result.out());
  }

  @Test
  void lintOfAFolderWithoutXliffIsRefusedNotAGreenRun() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("nothing"));
    Files.writeString(empty.resolve("notes.txt"), "nothing came back yet\n");
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + empty + ": no XLIFF files in this folder"
        + " (.xlf, .xliff, .xlf2, .sdlxliff, .mqxliff, .mxliff, .txlf); name the folder or files to check\n"),
        CliRun.run(null, "lint", empty.toString()));
  }

  @Test
  void importOfAFolderWithoutXliffNamesTheExtensionsItLooksFor() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("nothing"));
    Files.writeString(empty.resolve("notes.txt"), "nothing came back yet\n");
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + empty + ": no XLIFF files in this folder"
        + " (.xlf, .xliff, .xlf2, .sdlxliff, .mqxliff, .mxliff, .txlf); name the folder or files to import\n"),
        CliRun.run(db, "import", empty.toString()));
  }

  @Test
  void theGlossaryFolderSkipsHiddenFiles() throws Exception {
    Path glossaries = Files.createDirectories(dir.resolve("glossaries"));
    Files.writeString(glossaries.resolve("names.csv"), "type,source,target_lang\nname,Anna Berg,*\n");
    Files.write(glossaries.resolve("._names.csv"), APPLE_DOUBLE);
    assertEquals(List.of(glossaries.resolve("names.csv")), Glossary.filesIn(glossaries));
    assertEquals(1, Glossary.loadFolder(glossaries).size());
  }
}
