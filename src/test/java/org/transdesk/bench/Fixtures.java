package org.transdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.transdesk.Language;
import org.transdesk.ingest.Ingester;
import org.transdesk.ingest.SentenceRules;
import org.transdesk.store.Database;
import org.transdesk.store.SegmentStore;

/**
 * Cached benchmark inputs under target/bench/, built once per size and seed: generated articles,
 * a database with them ingested (targets de, fr), XLIFF files with targets and glossaries. Stages
 * copy what they change.
 */
public final class Fixtures {
  /** The seed of every generated input; change it and every cache is rebuilt. */
  public static final long SEED = 20240601L;

  private Fixtures() {}

  static Path root() {
    return Path.of(System.getProperty("bench.dir", "target/bench"));
  }

  /** A folder of articles (about 40 sentences each) holding at least {@code size} sentences. */
  public static synchronized Path articles(int size) {
    Path folder = root().resolve("corpus").resolve(SEED + "-" + size).resolve("articles");
    Path done = folder.resolveSibling("articles.done");
    if (!Files.exists(done)) {
      deleteTree(folder);
      new Corpus(SEED).writeArticles(folder, size);
      touch(done);
    }
    return folder;
  }

  /** One article file of {@code size} sentences. */
  public static synchronized Path oneArticle(int size) {
    Path file = root().resolve("corpus").resolve(SEED + "-" + size).resolve("one-article.txt");
    if (!Files.exists(file)) new Corpus(SEED).writeOneArticle(file, size);
    return file;
  }

  /**
   * A fresh copy (at {@code copy}) of a database with {@link #articles(int)} ingested, source en,
   * targets de and fr; the ingested original is built once and cached.
   */
  public static synchronized Path ingestedDatabase(int size, Path copy) {
    Path cached = root().resolve("corpus").resolve(SEED + "-" + size).resolve("ingested.db");
    if (!Files.exists(cached)) {
      Path building = cached.resolveSibling("ingested.db.building");
      deleteTree(building);
      try (Database database = Database.open(building.toString())) {
        new Ingester(new SegmentStore(database), SentenceRules.standard(), Language.parse("en"), Language.parseList("de,fr"), null, 2)
            .ingest(List.of(articles(size)), r -> {});
      }
      try {
        Files.deleteIfExists(Path.of(building + "-wal"));
        Files.deleteIfExists(Path.of(building + "-shm"));
        Files.move(building, cached, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      Files.createDirectories(copy.toAbsolutePath().getParent());
      Files.copy(cached, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /** An XLIFF 1.2 (or 2.0) file of {@code size} units with targets in {@code lang} (null: no targets). */
  public static synchronized Path xliff(int size, String version, String lang) {
    Path file = root().resolve("corpus").resolve(SEED + "-" + size)
        .resolve("units-" + version + "-" + (lang == null ? "untranslated" : lang) + ".xlf");
    if (!Files.exists(file)) {
      Path building = file.resolveSibling(file.getFileName() + ".building");
      try {
        Files.createDirectories(file.getParent());
        Corpus corpus = new Corpus(SEED);
        if (version.equals("2.0")) corpus.writeXliff20(building, "generated.txt", size, lang);
        else corpus.writeXliff12(building, "generated.txt", size, lang);
        Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** A glossary CSV of {@code entries} entries (every known name and title, then generated names). */
  public static synchronized Path glossaryCsv(int entries) {
    Path file = root().resolve("corpus").resolve("glossary-" + SEED + "-" + entries + ".csv");
    if (!Files.exists(file)) {
      try {
        Files.createDirectories(file.getParent());
        Path building = file.resolveSibling(file.getFileName() + ".building");
        new Corpus(SEED).writeGlossaryCsv(building, entries);
        Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** The project's ./transdesk launcher: bench/run runs from the project folder. */
  static Path launcher() {
    return Path.of("transdesk").toAbsolutePath();
  }

  /**
   * Runs the launcher once, untimed, so that building its jar or its class archive (when the sources
   * changed) is not part of a timed run.
   */
  static synchronized void launcherReady() throws IOException {
    Process process = new ProcessBuilder(launcher().toString(), "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      if (process.waitFor() != 0) throw new IllegalStateException("./transdesk --version exited " + process.exitValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing the launcher", e);
    }
  }

  static void deleteTree(Path path) {
    if (!Files.exists(path)) return;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void touch(Path file) {
    try {
      Files.writeString(file, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
