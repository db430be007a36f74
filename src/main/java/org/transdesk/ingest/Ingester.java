package org.transdesk.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.transdesk.ByteSize;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.FolderFiles;
import org.transdesk.Language;
import org.transdesk.store.DocumentRow;
import org.transdesk.store.SegmentStore;
import org.transdesk.store.SourceSegment;
import org.transdesk.store.StoredSegment;

/**
 * Ingests articles: finds the files, refuses bad ones before anything is written, cuts each into
 * sentences (on {@code jobs} worker threads) and stores each file in its own transaction, in the
 * order given. A file whose bytes equal the stored version is not cut again.
 */
public final class Ingester {
  /** The language of a new article when none is given. */
  public static final Language DEFAULT_SOURCE = Language.parse("en");

  private final SegmentStore store;
  private final ArticleReader reader;
  private final Language source;
  /** The language each stored article given was first ingested with (read before any cutting). */
  private final Map<String, Language> storedLanguages = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> targets;
  private final Format forced;
  private final int jobs;
  private final IngestLimits limits;

  /**
   * @param source the language of the articles, or null: a stored article keeps the language it was
   *     first ingested with, a new one is {@link #DEFAULT_SOURCE}
   * @param forced the format for every file, or null to take it from each file's extension
   * @param jobs how many threads cut sentences (storing stays on the calling thread)
   */
  public Ingester(SegmentStore store, SentenceRules rules, Language source, List<Language> targets, Format forced, int jobs) {
    this(store, rules, source, targets, forced, jobs, IngestLimits.defaults());
  }

  /** @param limits the largest file, most segments and longest segment accepted; beyond them a file is refused */
  public Ingester(SegmentStore store, SentenceRules rules, Language source, List<Language> targets, Format forced, int jobs,
      IngestLimits limits) {
    this.limits = limits;
    this.store = store;
    this.reader = new ArticleReader(rules);
    this.source = source;
    this.targets = targets.stream().map(Language::tag).toList();
    this.forced = forced;
    this.jobs = Math.max(1, jobs);
  }

  /** One file to ingest under a document name (the path as given, with / separators). */
  public record Input(Path file, String name, Format format) {}

  private record Cut(Input input, byte[] bytes, String sha256, List<SourceSegment> segments, long nanos) {}

  /** Ingests every file the paths name (folders: their .txt, .html, .htm and .md files); reports each as it is stored. */
  public List<FileResult> ingest(List<Path> paths, Consumer<FileResult> onEach) {
    List<Input> inputs = inputs(paths, forced);
    checkFiles(inputs, limits);
    return ingestInputs(inputs, onEach);
  }

  /**
   * Refuses, before the database is even opened, a file over the size limit, a binary file or one
   * that is not UTF-8 (with the line): a refused ingest neither stores the files before it nor
   * leaves an empty database in the folder.
   */
  public static void checkFiles(List<Input> inputs, IngestLimits limits) {
    for (Input input : inputs) {
      checkSize(input, limits);
      checkText(input);
    }
  }

  /** Ingests files already found by {@link #inputs} and checked by {@link #checkFiles}. */
  public List<FileResult> ingestInputs(List<Input> inputs, Consumer<FileResult> onEach) {
    java.util.Set<String> known = new java.util.HashSet<>();
    Map<String, String> storedSha = check(inputs, known);
    List<FileResult> results = new ArrayList<>();
    if (jobs == 1 || inputs.size() == 1) {
      for (Input input : inputs) {
        FileResult result = known.contains(input.name()) ? store(cut(input, storedSha.get(input.name()))) : streamNew(input);
        results.add(result);
        onEach.accept(result);
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
      Thread thread = new Thread(runnable, "ingest-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<Cut>> running = new ArrayDeque<>();
      int next = 0;
      int window = jobs * 2;
      while (next < inputs.size() || !running.isEmpty()) {
        while (next < inputs.size() && running.size() < window) {
          Input input = inputs.get(next++);
          String sha = storedSha.get(input.name());
          running.add(pool.submit(() -> cut(input, sha)));
        }
        FileResult result = store(await(running.poll()));
        results.add(result);
        onEach.accept(result);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Cut await(Future<Cut> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeskException(ExitCode.FAILURE, e, "interrupted while ingesting");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The files named by the arguments, in order, folders expanded (sorted, recursive, hidden files skipped). */
  public static List<Input> inputs(List<Path> paths, Format forced) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found;
        try {
          found = FolderFiles.under(path, p -> Format.ofFile(p).isPresent());
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new DeskException(ExitCode.REJECTED, e, "%s: cannot list the folder (%s); check its permissions", path, e.getMessage());
        }
        if (found.isEmpty()) {
          throw new DeskException(ExitCode.REJECTED, "%s: folder has no .txt, .html, .htm or .md files to ingest; name the articles' folder or files", path);
        }
        for (Path file : found) add(inputs, file, forced != null ? forced : Format.ofFile(file).orElseThrow());
      } else if (Files.exists(path)) {
        Optional<Format> format = forced != null ? Optional.of(forced) : Format.ofFile(path);
        if (format.isEmpty()) {
          throw new DeskException(ExitCode.REJECTED,
              "%s: unsupported file type; transdesk reads .txt, .html, .htm and .md articles (or pass --format text|html|markdown)", path);
        }
        add(inputs, path, format.get());
      } else {
        throw org.transdesk.MissingPath.of(path);
      }
    }
    return List.copyOf(inputs.values());
  }

  private static void add(Map<String, Input> inputs, Path file, Format format) {
    String name = name(file);
    if (name.indexOf('\uFFFD') >= 0) {
      // A name saved in another encoding (Latin-1 "laté.txt") reads with replacement characters, and two such
      // names ("laté", "latè") read the same: the second article would become a new version of the first.
      throw new DeskException(ExitCode.REJECTED, "%s: the file name is not valid UTF-8 (saved by a system using another encoding,"
          + " such as Latin-1); rename the file (e.g. convmv -f latin1 -t utf8 --notest FILE) and ingest it again", name);
    }
    inputs.putIfAbsent(name, new Input(file, name, format));
  }

  /**
   * The document a name given on the command line (--doc) means, spelled as ingest spells it:
   * "./articles/a.txt" and "/desk/articles/a.txt" run from /desk are "articles/a.txt".
   */
  public static String documentName(String given) {
    try {
      return name(Path.of(given));
    } catch (java.nio.file.InvalidPathException e) {
      return given;
    }
  }

  /**
   * The document name of a file: the path as given, normalized, with / separators; an absolute path
   * inside the working folder is made relative to it, so {@code /desk/articles/a.txt} run from
   * {@code /desk} names the same document as {@code articles/a.txt} (a script and a person typing
   * the short form must not create two documents).
   */
  static String name(Path file) {
    Path normal = file.normalize();
    if (normal.isAbsolute()) {
      Path here = Path.of("").toAbsolutePath().normalize();
      if (normal.startsWith(here) && !normal.equals(here)) normal = here.relativize(normal);
    }
    return normal.toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /**
   * Refuses, before anything is written, articles stored under another source language than the one
   * given, and target languages equal to an article's source language.
   */
  private Map<String, String> check(List<Input> inputs, java.util.Set<String> known) {
    Map<String, String> storedSha = new HashMap<>();
    for (Input input : inputs) {
      Optional<DocumentRow> stored = store.document(input.name());
      if (stored.isPresent()) {
        DocumentRow document = stored.get();
        known.add(input.name());
        if (source != null && !document.sourceLang().equalsIgnoreCase(source.tag())) throw otherLanguage(input, document);
        storedLanguages.put(input.name(), Language.parse(document.sourceLang()));
        if (document.format().equals(input.format().spelling())) storedSha.put(input.name(), document.sourceSha256());
      }
      Language language = language(input);
      for (String target : targets) {
        if (target.equalsIgnoreCase(language.tag())) {
          throw new DeskException(ExitCode.USAGE, "%s: target language %s is the source language; give other --targets", input.name(),
              target);
        }
      }
    }
    return storedSha;
  }

  /** The language an article is read in: the one given, else the one it was first ingested with, else the default. */
  private Language language(Input input) {
    if (source != null) return source;
    return storedLanguages.getOrDefault(input.name(), DEFAULT_SOURCE);
  }

  private DeskException otherLanguage(Input input, DocumentRow document) {
    return new DeskException(ExitCode.REJECTED,
        "%s: already ingested with source language %s, not %s; pass --source-lang %s, or ingest it under another name",
        input.name(), document.sourceLang(), language(input).tag(), document.sourceLang());
  }

  /** Refuses a binary or empty file, or one that is not UTF-8 (with the line), before anything is written. */
  private static void checkText(Input input) {
    ArticleReader.check(input.name(), bytes(input));
  }

  private static void checkSize(Input input, IngestLimits limits) {
    long size;
    try {
      size = Files.size(input.file());
    } catch (IOException e) {
      throw unreadable(input, e);
    }
    if (size > limits.maxBytes()) {
      throw new DeskException(ExitCode.REJECTED, "%s: file is %s, over the %s limit; raise it with --max-file-size or split the article",
          input.name(), new ByteSize(size), new ByteSize(limits.maxBytes()));
    }
  }

  /** Cuts an article into its segments, refusing it as soon as it passes the segment limits. */
  private List<SourceSegment> segments(Input input, String text) {
    String name = input.name();
    Format format = input.format();
    if (format == Format.HTML || format == Format.MARKDOWN) MarkupDepth.check(name, text);
    List<SourceSegment> segments = new ArrayList<>();
    reader.read(name, text, format, language(input), limited(name, segments::add));
    return segments;
  }

  /** Passes segments on, refusing the article as soon as it passes the segment limits. */
  private Consumer<SourceSegment> limited(String name, Consumer<SourceSegment> sink) {
    int[] count = new int[1];
    return segment -> {
      if (count[0]++ >= limits.maxSegments()) {
        throw new DeskException(ExitCode.REJECTED, "%s: more than %d segments, over the limit; raise it with --max-units or split the article",
            name, limits.maxSegments());
      }
      // A UTF-16 length is never below the count of characters: only a longer one needs counting.
      if (segment.source().length() > limits.maxSegmentChars()) {
        int characters = IngestLimits.characters(segment.source());
        if (characters > limits.maxSegmentChars()) {
          throw new DeskException(ExitCode.REJECTED,
              "%s: paragraph %d has a sentence of %d characters, over the %d-character limit; raise it with --max-segment-length",
              name, segment.paragraph(), characters, limits.maxSegmentChars());
        }
      }
      sink.accept(segment);
    };
  }

  /** A JDBC failure inside a segment sink, carried out of the lambda to its transaction. */
  private static final class StoreFailure extends RuntimeException {
    StoreFailure(java.sql.SQLException cause) {
      super(cause);
    }
  }

  /**
   * A document not stored yet, on one thread: its sentences go into the database as they are cut,
   * in batches, so memory does not grow with the article. Segmentation time is the reading and
   * cutting; storage time the rest of the transaction.
   */
  private FileResult streamNew(Input input) {
    long start = System.nanoTime();
    byte[] bytes = bytes(input);
    String sha = Fingerprint.sha256(bytes);
    String text = ArticleReader.decode(input.name(), bytes);
    long[] segmentNanos = {System.nanoTime() - start};
    FileResult result = store.write("ingest " + input.name(), writer -> {
      if (writer.document(input.name()).isPresent()) {
        // Another desk member ingested it since the check: compare versions as usual.
        return null;
      }
      DocumentRow document = writer.createDocument(input.name(), input.format().spelling(), language(input).tag(), sha, bytes);
      List<String> added = addTargets(writer, document.id());
      long[] next = {writer.nextSegmentId()};
      Map<String, Long> first = new HashMap<>();
      long[] words = {0};
      int[] position = {0};
      long[] storing = {0};
      long readStart = System.nanoTime();
      try {
        reader.read(input.name(), text, input.format(), language(input), limited(input.name(), segment -> {
          long t = System.nanoTime();
          long id = next[0]++;
          Long repeatOf = first.putIfAbsent(segment.sourceSha256(), id);
          try {
            writer.insert(id, document.id(), ++position[0], segment, 1, null, repeatOf);
          } catch (java.sql.SQLException e) {
            throw new StoreFailure(e);
          }
          words[0] += segment.words();
          storing[0] += System.nanoTime() - t;
        }));
      } catch (StoreFailure e) {
        throw (java.sql.SQLException) e.getCause();
      }
      if (position[0] == 0) throw noSentence(input, bytes);
      segmentNanos[0] += System.nanoTime() - readStart - storing[0];
      return new FileResult(document.name(), FileResult.Outcome.NEW, 1, position[0], position[0], 0, 0, 0, 0, words[0], 0, added, 0, 0);
    });
    if (result == null) return store(cut(input, null));
    long total = System.nanoTime() - start;
    return new FileResult(result.name(), result.outcome(), result.version(), result.segments(), result.added(), result.unchanged(),
        result.changed(), result.restored(), result.dropped(), result.words(), result.needsUpdate(), result.targetsAdded(), segmentNanos[0],
        total - segmentNanos[0]);
  }

  private static byte[] bytes(Input input) {
    try {
      return Files.readAllBytes(input.file());
    } catch (IOException e) {
      throw unreadable(input, e);
    }
  }

  /**
   * An article with text but no sentence to translate: stored, it would be a document without
   * segments, or a new version that drops every segment of the one before.
   */
  private static DeskException noSentence(Input input, byte[] bytes) {
    String text = ArticleReader.decode(input.name(), bytes).stripLeading();
    String hint = input.format() == Format.MARKDOWN && text.startsWith("---")
        ? " (its first line '---' opens front matter that no later '---' closes, so the whole file is read as front matter)"
        : " (only markup, code or data)";
    return new DeskException(ExitCode.REJECTED, "%s: no sentence to translate in it%s; nothing stored, check the file",
        input.name(), hint);
  }

  private static DeskException unreadable(Input input, IOException e) {
    if (e instanceof NoSuchFileException) return new DeskException(ExitCode.REJECTED, e, "%s: no such file or folder; check the path", input.name());
    if (e instanceof AccessDeniedException) return new DeskException(ExitCode.REJECTED, e, "%s: cannot read the file (permission denied)", input.name());
    return new DeskException(ExitCode.REJECTED, e, "%s: cannot read the file (%s)", input.name(), e.getMessage());
  }

  /** Reads and cuts one file; skips the cutting when its bytes equal the stored version's. */
  private Cut cut(Input input, String storedSha) {
    long start = System.nanoTime();
    byte[] bytes = bytes(input);
    String sha = Fingerprint.sha256(bytes);
    if (sha.equals(storedSha)) return new Cut(input, bytes, sha, null, System.nanoTime() - start);
    String text = ArticleReader.decode(input.name(), bytes);
    List<SourceSegment> segments = segments(input, text);
    return new Cut(input, bytes, sha, segments, System.nanoTime() - start);
  }

  /** Stores one cut file in one transaction. */
  private FileResult store(Cut cut) {
    long start = System.nanoTime();
    Input input = cut.input();
    FileResult result = store.write("ingest " + input.name(), writer -> {
      Optional<DocumentRow> stored = writer.document(input.name());
      // Cut in language(input): another desk member may have ingested it in another language since the check.
      if (stored.isPresent() && !stored.get().sourceLang().equalsIgnoreCase(language(input).tag())) {
        throw otherLanguage(input, stored.get());
      }
      if (stored.isPresent() && stored.get().sourceSha256().equals(cut.sha256())
          && stored.get().format().equals(input.format().spelling())) {
        return identical(writer, stored.get());
      }
      List<SourceSegment> segments = cut.segments() != null ? cut.segments() : recut(cut);
      if (segments.isEmpty()) throw noSentence(input, cut.bytes());
      return stored.isEmpty() ? create(writer, cut, segments) : update(writer, stored.get(), cut, segments);
    });
    long storeNanos = System.nanoTime() - start;
    return new FileResult(result.name(), result.outcome(), result.version(), result.segments(), result.added(), result.unchanged(),
        result.changed(), result.restored(), result.dropped(), result.words(), result.needsUpdate(), result.targetsAdded(), cut.nanos(), storeNanos);
  }

  private List<SourceSegment> recut(Cut cut) {
    return segments(cut.input(), ArticleReader.decode(cut.input().name(), cut.bytes()));
  }

  private FileResult identical(SegmentStore.Writer writer, DocumentRow document) throws java.sql.SQLException {
    List<String> added = addTargets(writer, document.id());
    int segments = 0;
    long words = 0;
    for (StoredSegment segment : writer.activeSegments(document.id())) {
      segments++;
      words += segment.words();
    }
    return new FileResult(document.name(), FileResult.Outcome.IDENTICAL, document.version(), segments, 0, segments, 0, 0, 0,
        words, 0, added, 0, 0);
  }

  private List<String> addTargets(SegmentStore.Writer writer, long documentId) throws java.sql.SQLException {
    List<String> before = writer.targets(documentId);
    writer.addTargets(documentId, targets);
    return targets.stream().filter(t -> !before.contains(t)).toList();
  }

  private FileResult create(SegmentStore.Writer writer, Cut cut, List<SourceSegment> segments) throws java.sql.SQLException {
    Input input = cut.input();
    DocumentRow document = writer.createDocument(input.name(), input.format().spelling(), language(input).tag(), cut.sha256(),
        cut.bytes());
    List<String> added = addTargets(writer, document.id());
    long id = writer.nextSegmentId();
    Map<String, Long> first = new HashMap<>();
    long words = 0;
    int position = 0;
    for (SourceSegment segment : segments) {
      Long repeatOf = first.putIfAbsent(segment.sourceSha256(), id);
      writer.insert(id++, document.id(), ++position, segment, 1, null, repeatOf);
      words += segment.words();
    }
    return new FileResult(document.name(), FileResult.Outcome.NEW, 1, segments.size(), segments.size(), 0, 0, 0, 0, words, 0, added, 0, 0);
  }

  private FileResult update(SegmentStore.Writer writer, DocumentRow stored, Cut cut, List<SourceSegment> segments)
      throws java.sql.SQLException {
    Input input = cut.input();
    List<StoredSegment> active = writer.activeSegments(stored.id());
    // Fingerprints the new version has more often than the active segments: a sentence that appears twice
    // and lost one copy in an edit gets that copy back when the edit is undone.
    Map<String, Integer> surplus = new HashMap<>();
    for (SourceSegment segment : segments) surplus.merge(segment.sourceSha256(), 1, Integer::sum);
    for (StoredSegment segment : active) surplus.merge(segment.sourceSha256(), -1, Integer::sum);
    java.util.Set<String> missing = new java.util.HashSet<>();
    surplus.forEach((fingerprint, count) -> {
      if (count > 0) missing.add(fingerprint);
    });
    SourceDiff.Plan plan = SourceDiff.plan(active, writer.droppedSegments(stored.id(), missing), segments);
    DocumentRow document = writer.newVersion(stored, input.format().spelling(), cut.sha256(), cut.bytes());
    List<String> added = addTargets(writer, document.id());
    long id = writer.nextSegmentId();
    Map<String, Long> first = new HashMap<>();
    int position = 0;
    int fresh = 0;
    int kept = 0;
    int changed = 0;
    int restored = 0;
    int needsUpdate = 0;
    long words = 0;
    List<Long> replaced = new ArrayList<>();
    for (SourceDiff.Entry entry : plan.entries()) {
      SourceSegment segment = entry.segment();
      position++;
      words += segment.words();
      if (entry.isKept()) {
        StoredSegment old = entry.old();
        Long repeatOf = first.putIfAbsent(segment.sourceSha256(), old.id());
        // The plain text, codes, word count and protection as this version of transdesk cuts them (a
        // segment stored by an older one may have had words glued at a line break, Okapi's [#$tu2]
        // marker in a code, an unprotected Markdown autolink, or been a punctuation-only segment sent
        // for translation).
        if (old.position() != position || old.paragraph() != segment.paragraph() || !java.util.Objects.equals(old.repeatOf(), repeatOf)
            || !old.plain().equals(segment.plain()) || !java.util.Objects.equals(old.codes(), segment.codes())
            || old.words() != segment.words() || old.isProtected() != segment.isProtected()) {
          writer.move(old.id(), position, segment.paragraph(), repeatOf, segment.plain(), segment.codes(), segment.words(),
              segment.isProtected());
        }
        kept++;
        continue;
      }
      if (entry.isRestored()) {
        StoredSegment old = entry.old();
        writer.restore(old.id(), position, segment.paragraph(), first.putIfAbsent(segment.sourceSha256(), old.id()), segment.plain(),
            segment.codes(), segment.words(), segment.isProtected());
        restored++;
        continue;
      }
      long newId = id++;
      Long repeatOf = first.putIfAbsent(segment.sourceSha256(), newId);
      if (entry.isChanged()) {
        writer.insert(newId, document.id(), position, segment, document.version(), entry.old().id(), repeatOf);
        needsUpdate += writer.carryOver(entry.old().id(), newId, entry.old().source(), segment.source(), input.name(), cut.sha256());
        replaced.add(entry.old().id());
        changed++;
      } else {
        writer.insert(newId, document.id(), position, segment, document.version(), null, repeatOf);
        fresh++;
      }
    }
    List<Long> inactive = new ArrayList<>(plan.dropped().stream().map(StoredSegment::id).toList());
    replaced.forEach(inactive::add);
    writer.drop(inactive, document.version());
    return new FileResult(document.name(), FileResult.Outcome.UPDATED, document.version(), segments.size(), fresh, kept, changed,
        restored, plan.dropped().size(), words, needsUpdate, added, 0, 0);
  }
}
