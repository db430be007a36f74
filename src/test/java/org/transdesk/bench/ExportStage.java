package org.transdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import org.transdesk.ingest.Fingerprint;
import org.transdesk.store.Database;
import org.transdesk.store.DocumentRow;
import org.transdesk.store.ExportFixtures;
import org.transdesk.store.SegmentStore;
import org.transdesk.store.SourceSegment;

/**
 * The whole {@code transdesk export} command, start-up included, run through the {@code ./transdesk}
 * launcher as a desk runs it (its JVM options, its class archive; JAVA_OPTS replaces the options as
 * there): the German units (half of them translated) of ~40-sentence articles, one file each, or of
 * one article of the whole size; XLIFF 1.2 or 2.0, with or without glossary hints. The row's RSS is
 * this JVM's; the notes give the export process's own peak RSS and CPU seconds ({@link Launched}).
 */
final class ExportStage implements Bench.Stage {
  @Override
  public boolean inThisJvm() {
    return false;
  }

  /** A line of export's stdout for a written file. */
  private static final Pattern WRITTEN = Pattern.compile(": (\\d+) units, export \\d+");

  private final String version;
  private final boolean oneDocument;
  private final boolean glossary;

  ExportStage(String version, boolean oneDocument, boolean glossary) {
    this.version = version;
    this.oneDocument = oneDocument;
    this.glossary = glossary;
  }

  private record Prepared(Path db, Path glossary) {}

  @Override
  public Object prepare(Path work, int size) throws IOException {
    Path db = work.resolve("desk.db");
    Files.copy(database(size, oneDocument), db, StandardCopyOption.REPLACE_EXISTING);
    Fixtures.launcherReady();
    return new Prepared(db, glossary ? Fixtures.glossaryCsv(1000) : null);
  }

  @Override
  public Bench.Outcome run(Object input, Path work, int size) throws Exception {
    Prepared prepared = (Prepared) input;
    List<String> args = new ArrayList<>(List.of("export", "--db", prepared.db().toAbsolutePath().toString(),
        "--out", work.resolve("xliff").toAbsolutePath().toString(), "--lang", "de", "--xliff-version", version, "--quiet"));
    if (prepared.glossary() != null) {
      args.add("--glossary");
      args.add(prepared.glossary().toAbsolutePath().toString());
    }
    // The working folder has no glossaries/, so without --glossary no hints are looked up.
    Launched export = Launched.run(work, "export", args);
    if (export.exitCode() != 0) throw new IllegalStateException("./transdesk export exited " + export.exitCode() + ": " + export.lastErrorLine());
    // Counted from export's own lines ("FILE: N units, export K"), not by reading the files back:
    // that took the bench JVM most of a second at 3x10^5 units, inside the timed run.
    long units = 0;
    long files = 0;
    for (String line : Files.readAllLines(export.stdout())) {
      Matcher written = WRITTEN.matcher(line);
      if (!written.find()) continue;
      units += Long.parseLong(written.group(1));
      files++;
    }
    String javaOpts = System.getenv("JAVA_OPTS");
    return new Bench.Outcome(units, String.format(Locale.ROOT, "./transdesk export: RSS %s, cpu %.2f s; %d files, XLIFF %s%s%s",
        Bench.mb(export.rssKb() * 1024), export.cpuSeconds(), files, version, glossary ? ", 1000-entry glossary" : "",
        javaOpts == null || javaOpts.isBlank() ? "" : "; JAVA_OPTS=" + javaOpts.strip()));
  }

  /**
   * A database of {@code size} generated news sentences (source en, targets de, fr) in ~40-sentence
   * documents or one document, every other German unit translated: built once through the store's
   * ingest writer (not through Okapi, which would take far longer than the export) and cached.
   */
  private static synchronized Path database(int size, boolean oneDocument) throws IOException {
    Path cached = Fixtures.root().resolve("corpus").resolve(Fixtures.SEED + "-" + size)
        .resolve(oneDocument ? "export-one-document.db" : "export-documents.db");
    if (Files.exists(cached)) return cached;
    Files.createDirectories(cached.getParent());
    Path building = cached.resolveSibling(cached.getFileName() + ".building");
    Fixtures.deleteTree(building);
    Corpus corpus = new Corpus(Fixtures.SEED);
    try (Database database = Database.open(building.toString())) {
      new SegmentStore(database).write("build the export benchmark database", writer -> {
        long id = writer.nextSegmentId();
        int written = 0;
        DocumentRow row = null;
        int position = 0;
        for (int index = 0; written < size; index++) {
          // Articles of 40 sentences; for one document they all go into the same one (memory stays small).
          Corpus.Article article = corpus.article(index, Math.min(40, size - written));
          if (row == null || !oneDocument) {
            byte[] original = (oneDocument ? "generated" : article.text()).getBytes(StandardCharsets.UTF_8);
            row = writer.createDocument("articles/" + (oneDocument ? "one-article.txt" : article.name()), "text", "en",
                Fingerprint.sha256(original), original);
            writer.addTargets(row.id(), List.of("de", "fr"));
            position = 0;
          }
          for (String sentence : article.sentenceList()) {
            if (written == size) break;
            String neutral = sentence.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            writer.insert(id++, row.id(), ++position, new SourceSegment(1, neutral, sentence, null, Fingerprint.of(neutral),
                sentence.split("\\s+").length, false), 1, null, null);
            written++;
          }
        }
        return written;
      });
    }
    try (ExportFixtures desk = ExportFixtures.open(building.toString())) {
      desk.translateEvery(2, "de");
    }
    Files.deleteIfExists(Path.of(building + "-wal"));
    Files.deleteIfExists(Path.of(building + "-shm"));
    Files.move(building, cached, StandardCopyOption.ATOMIC_MOVE);
    return cached;
  }
}
