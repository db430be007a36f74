package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.StoreFixtures;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * Kills transdesk (SIGKILL, as kill -9) at random moments of an import, an ingest and an export
 * of a large file, many times, and checks after each kill that the database passes every check
 * and holds exactly what it held before the file or exactly what a complete run leaves: never
 * part of a file. Exports must never leave part of a file under its name. The kill moments come
 * from a seeded random (-Dtransdesk.kill.seed), the whole test runs for about a minute
 * (-Dtransdesk.kill.seconds, default 60).
 */
class KillTest {
  private static final long SEED = Long.getLong("transdesk.kill.seed", 20240501L);
  private static final long SECONDS = Long.getLong("transdesk.kill.seconds", 60);
  private static final int SENTENCES = Integer.getInteger("transdesk.kill.sentences", 4000);

  @TempDir static Path dir;
  private static Path article;
  private static Path emptyDesk;
  private static Path ingestedDesk;
  private static Path translated;
  private static final Random RANDOM = new Random(SEED);

  /** A large article, a desk with it ingested, and a complete German translation of its export. */
  @BeforeAll
  static void desk() throws Exception {
    article = dir.resolve("big-story.txt");
    Files.writeString(article, article(SENTENCES, "talks"));
    emptyDesk = dir.resolve("empty.db");
    StoreFixtures.create(emptyDesk.toString());
    ingestedDesk = dir.resolve("ingested.db");
    Files.copy(emptyDesk, ingestedDesk);
    assertEquals(ExitCode.OK, CliRun.run(ingestedDesk, "ingest", "--targets", "de", article.toString()).code());
    Path out = dir.resolve("exported");
    CliRun export = CliRun.run(ingestedDesk, "export", "--lang", "de", "--out", out.toString());
    assertEquals(ExitCode.OK, export.code(), export.err());
    Path exported;
    try (Stream<Path> files = Files.walk(out)) {
      exported = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
    translated = dir.resolve("big-story.de.xlf");
    Files.writeString(translated, translate(Files.readString(exported)));
    // The export added a row; the import scenario starts from the desk as it was after that export.
    Files.copy(ingestedDesk, dir.resolve("exported.db"));
    ingestedDesk = dir.resolve("exported.db");
  }

  @Test
  void killedImportLeavesTheDeskAsBeforeOrWithTheWholeFile() throws Exception {
    Result result = killRepeatedly("import", ingestedDesk, SECONDS * 45 / 100, "import", translated.toString());
    System.err.println(result.summary());
    assertTrue(result.kills() >= 3, result.summary());
  }

  @Test
  void killedIngestLeavesTheDeskAsBeforeOrWithTheWholeArticle() throws Exception {
    Path second = dir.resolve("second-story.txt");
    Files.writeString(second, article(SENTENCES / 4, "markets"));
    Result result = killRepeatedly("ingest", ingestedDesk, SECONDS * 30 / 100, "ingest", "--targets", "de,fr", second.toString());
    System.err.println(result.summary());
    assertTrue(result.kills() >= 3, result.summary());
  }

  @Test
  void killedExportLeavesNoPartFileAndTheDeskAsBeforeOrRecorded() throws Exception {
    Path out = dir.resolve("out");
    Result result = killRepeatedly("export", ingestedDesk, SECONDS * 25 / 100,
        "export", "--lang", "de", "--xliff-version", "2.0", "--out", out.toString());
    System.err.println(result.summary());
    assertTrue(result.kills() >= 3, result.summary());
  }

  @Test
  void backupsTakenWhileAnotherProcessImportsAreSoundAndHoldWholeFilesOnly() throws Exception {
    Path work = dir.resolve("backup-source.db");
    reset(ingestedDesk, work, null);
    String before = StoreFixtures.content(work.toString());
    Process importing = start(work, "import", translated.toString());
    List<String> contents = new ArrayList<>();
    int copies = 0;
    boolean last = false;
    while (!last) {
      // one more copy once the import has ended: it must hold the whole import
      last = !importing.isAlive();
      Path copy = dir.resolve("backup-" + copies++ + ".db");
      CliRun backup = CliRun.run(work, "backup", copy.toString());
      assertEquals(ExitCode.OK, backup.code(), backup.err());
      assertSound(copy);
      contents.add(StoreFixtures.content(copy.toString()));
      Thread.sleep(200);
    }
    assertEquals(0, importing.waitFor());
    String after = StoreFixtures.content(work.toString());
    for (String content : contents) assertTrue(content.equals(before) || content.equals(after), "a backup holds part of the import");
    assertEquals(after, contents.get(contents.size() - 1));
    System.err.printf(Locale.ROOT, "backup test: %d backups during one import (%d before it, %d after)%n", copies,
        contents.stream().filter(before::equals).count(), contents.stream().filter(after::equals).count());
  }

  /** What the kills did: how many, and how many left the desk before, after, and files behind. */
  record Result(String what, int kills, int before, int after, int leftovers, long fullRunMillis) {
    String summary() {
      return String.format(Locale.ROOT, "kill test %s: %d kills (%d left the desk as before, %d with the whole file;"
          + " %d left a temporary file), a full run takes %d ms", what, kills, before, after, leftovers, fullRunMillis);
    }
  }

  /**
   * Runs the command once to the end for the "after" state and its duration, then again and
   * again from the same starting desk, each time killed at a random moment up to that duration.
   */
  private Result killRepeatedly(String what, Path startingDesk, long seconds, String... command) throws Exception {
    Path work = dir.resolve(what + ".db");
    Path out = outFolder(command);
    String before = StoreFixtures.content(startingDesk.toString());

    reset(startingDesk, work, out);
    long start = System.nanoTime();
    Process full = start(work, command);
    assertTrue(full.waitFor(10, TimeUnit.MINUTES), what + " did not finish");
    long fullMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(0, full.exitValue(), what + " failed: " + Files.readString(work.resolveSibling(what + ".log")));
    String after = StoreFixtures.content(work.toString());
    assertTrue(!after.equals(before), what + " changed nothing");
    assertSound(work);
    List<String> completeFiles = out == null ? List.of() : files(out);

    int kills = 0;
    int sameAsBefore = 0;
    int sameAsAfter = 0;
    int leftovers = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline || kills < 3) {
      reset(startingDesk, work, out);
      Process process = start(work, command);
      // From a fifth of a full run (the JVM starting) to its end: most kills land in the work itself.
      long at = fullMillis / 5 + (long) (RANDOM.nextDouble() * fullMillis);
      if (!process.waitFor(at, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
      kills++;
      assertSound(work);
      String content = StoreFixtures.content(work.toString());
      if (content.equals(before)) {
        sameAsBefore++;
      } else if (content.equals(after)) {
        sameAsAfter++;
      } else {
        fail(what + ": kill " + kills + " at " + at + " ms left part of the work in the desk:\n" + firstDifference(before, after, content));
      }
      if (out != null) leftovers += checkFiles(out, work, completeFiles);
    }
    return new Result(what, kills, sameAsBefore, sameAsAfter, leftovers, fullMillis);
  }

  /** Every XLIFF file under its own name is complete: it reads to the end and is recorded with its sha-256. Returns the temporary files left. */
  private static int checkFiles(Path out, Path desk, List<String> completeFiles) throws Exception {
    int leftovers = 0;
    if (!Files.exists(out)) return 0;
    List<String> recorded = StoreFixtures.exportHashes(desk.toString());
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.getFileName().toString().startsWith(".")) {
          leftovers++;
          continue;
        }
        int[] units = new int[1];
        XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
          @Override public void file(XliffFile f) {}

          @Override public void unit(XliffUnit u) {
            units[0]++;
          }
        });
        String sha = sha256(file);
        assertTrue(recorded.contains(sha), file + " is in place but no export row records it");
        assertTrue(completeFiles.contains(sha), file + " differs from what a complete export writes");
      }
    }
    return leftovers;
  }

  private static List<String> files(Path out) throws Exception {
    List<String> hashes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
        hashes.add(sha256(file));
      }
    }
    assertTrue(!hashes.isEmpty(), "the complete export wrote no file");
    return hashes;
  }

  private static void assertSound(Path desk) {
    CliRun check = CliRun.run(desk, "check");
    assertEquals(ExitCode.OK, check.code(), check.out() + check.err());
  }

  private static void reset(Path startingDesk, Path work, Path out) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) Files.deleteIfExists(Path.of(work + suffix));
    Files.copy(startingDesk, work, StandardCopyOption.REPLACE_EXISTING);
    if (out != null && Files.exists(out)) {
      try (Stream<Path> files = Files.walk(out)) {
        for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(file);
      }
    }
  }

  private static Path outFolder(String[] command) {
    for (int i = 0; i < command.length - 1; i++) if (command[i].equals("--out")) return Path.of(command[i + 1]);
    return null;
  }

  /** transdesk in a JVM of its own, as the launcher runs it, logging to a file beside the desk. */
  private static Process start(Path desk, String... command) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, "org.transdesk.Main", "--db", desk.toString()));
    line.addAll(List.of(command));
    File log = desk.resolveSibling(desk.getFileName().toString().replace(".db", ".log")).toFile();
    return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log).start();
  }

  static String article(int sentences, String topic) {
    StringBuilder text = new StringBuilder("Desk story on " + topic + "\n\n");
    for (int i = 1; i <= sentences; i++) {
      text.append(String.format(Locale.ROOT, "Sentence %d on %s: envoy Sung Kim met Noh Kyu Duk, \"quietly\" — 'they said' — in Seoul.", i, topic));
      text.append(i % 10 == 0 ? "\n\n" : " ");
    }
    return text.toString();
  }

  /** A translation of every unit of an exported XLIFF 1.2 file: a target after each source. */
  static String translate(String xliff) {
    Matcher source = Pattern.compile("(<source>(.*?)</source>)", Pattern.DOTALL).matcher(xliff);
    StringBuilder out = new StringBuilder();
    int count = 0;
    while (source.find()) {
      source.appendReplacement(out, Matcher.quoteReplacement(
          source.group(1) + "<target state=\"translated\">Übersetzt: " + source.group(2) + "</target>"));
      count++;
    }
    source.appendTail(out);
    assertTrue(count > 0, "no unit to translate");
    return out.toString();
  }

  private static String firstDifference(String before, String after, String content) {
    String[] lines = content.split("\n");
    List<String> expectedBefore = List.of(before.split("\n"));
    List<String> expectedAfter = List.of(after.split("\n"));
    for (String line : lines) {
      if (!expectedBefore.contains(line) && !expectedAfter.contains(line)) return "unexpected row: " + line;
    }
    return "rows " + lines.length + " vs before " + expectedBefore.size() + " and after " + expectedAfter.size();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
