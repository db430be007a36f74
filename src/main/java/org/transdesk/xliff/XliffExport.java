package org.transdesk.xliff;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.HandOff;
import org.transdesk.Language;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.TermMatcher;
import org.transdesk.store.Database;
import org.transdesk.store.DocumentRow;
import org.transdesk.store.ExportStore;
import org.transdesk.store.SegmentStore;

/**
 * Writes one XLIFF file per (document, target language) under a folder, as
 * {@code <out>/<lang>/<document folders>/<base name>.<lang>.xlf}, and records each in the export
 * table. Everything is checked before anything is written; files are written under temporary
 * names in their own folder and moved into place only once all are written and recorded.
 *
 * <p>Byte-identical re-exports: a file carries its export row id ({@code td:export}), so the id
 * must not change when nothing else did. A file is first written with the id of the last export of
 * the same (document, language, XLIFF version); when its sha-256 equals that export's, the row is
 * reused and no new row is added. Otherwise it gets a new row, and the id in the file is rewritten.
 */
public final class XliffExport {
  private static final int ID_SEARCH_LIMIT = 1 << 20;
  /** An export of fewer active segments than this (all its documents together) is read and written on one thread. */
  private static final int PIPE_FROM = 2000;

  /** What to export: see `transdesk help export`. Empty lists mean every language, every document. */
  public record Request(Path out, List<Language> languages, List<String> documents, ExportStore.Selection selection,
      String xliffVersion, boolean prefillSource, Glossary glossary, boolean overwrite) {
    public Request {
      languages = List.copyOf(languages);
      documents = List.copyOf(documents);
      if (!XliffWriter.VERSIONS.contains(xliffVersion)) throw new IllegalArgumentException("XLIFF version " + xliffVersion);
    }
  }

  /** What happened to one (document, language). */
  public enum Outcome {
    /** A new file content, recorded as a new export row. */
    WRITTEN,
    /** The same bytes as the last export of the pair: its row was reused. */
    UNCHANGED,
    /** No unit was selected: no file written, no row. */
    EMPTY,
    /**
     * The file in place was changed since transdesk wrote it (a translator edited it there): it
     * was left alone, no row. Only {@link Request#overwrite()} replaces such a file.
     */
    KEPT
  }

  /** The result for one (document, language): the file as named under --out, units, export row id (0 when EMPTY). */
  public record Result(String document, String lang, String file, int units, long exportId, Outcome outcome) {}

  private final Database database;
  private final Request request;
  private final SegmentStore segments;
  private final ExportStore exports;
  private final Map<String, TermMatcher> matchers = new HashMap<>();
  private final List<Path> createdFolders = new ArrayList<>();
  private final java.util.Set<Path> knownFolders = new java.util.HashSet<>();
  private final List<Staged> staged = new ArrayList<>();
  /** Temporary files not yet moved into place or deleted: removed if the JVM stops (Ctrl-C) meanwhile. */
  private final java.util.Set<Path> temps = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final HandOff<Object> pipe = new HandOff<>("export-reader");
  private Map<Long, Integer> sizes = Map.of();

  private XliffExport(Database database, Request request) {
    this.database = database;
    this.request = request;
    this.segments = new SegmentStore(database);
    this.exports = new ExportStore(database);
  }

  /** Plans, checks, writes and records the export; throws {@link DeskException} with nothing written on bad input. */
  public static List<Result> run(Database database, Request request) {
    XliffExport export = new XliffExport(database, request);
    // One hook for the whole export: File.deleteOnExit per file kept every name (and an unlink at exit) for thousands of files.
    Thread hook = new Thread(export::deleteTemps, "export-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try (HandOff<Object> pipe = export.pipe) {
      return export.run();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is stopping: the hook runs.
      }
    }
  }

  private void deleteTemps() {
    for (Path temp : temps) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Stopping anyway; nothing better to do.
      }
    }
  }

  /** One (document, language) to write. */
  private record Job(DocumentRow document, String lang, Path file, String name) {}

  /** A job whose file is written under a temporary name. */
  private static final class Staged {
    final Job job;
    Path temp;
    int units;
    String sha256;
    long writtenId;
    ExportStore.Pending pending;
    Result result;

    Staged(Job job) {
      this.job = job;
    }
  }

  private List<Result> run() {
    List<Job> jobs = plan();
    checkFolders(jobs);
    sizes = exports.activeSegments();
    try {
      long nextId = exports.nextId();
      Map<String, ExportStore.Export> latest = new HashMap<>();
      for (ExportStore.Export row : exports.latest(request.xliffVersion())) latest.put(row.documentId() + " " + row.lang(), row);
      List<ExportStore.Pending> pending = new ArrayList<>();
      Map<ExportStore.Pending, Staged> byPending = new IdentityHashMap<>();
      java.util.function.Function<Job, ExportStore.Export> lastExport = job -> latest.get(job.document().id() + " " + job.lang());
      // A file first carries the id of its pair's last export (so an unchanged file is byte-identical), else the next free one.
      writeAll(jobs, job -> lastExport.apply(job) != null ? lastExport.apply(job).id() : nextId + pending.size(), file -> {
        Job job = file.job;
        ExportStore.Export last = lastExport.apply(job);
        if (file.units == 0) {
          file.result = new Result(job.document().name(), job.lang(), job.name(), 0, 0, Outcome.EMPTY);
        } else if (!request.overwrite() && isEditedInPlace(file)) {
          delete(file.temp);
          file.temp = null;
          file.result = new Result(job.document().name(), job.lang(), job.name(), file.units, last == null ? 0 : last.id(), Outcome.KEPT);
        } else if (last != null && last.sha256().equals(file.sha256)) {
          file.result = new Result(job.document().name(), job.lang(), job.name(), file.units, last.id(), Outcome.UNCHANGED);
        } else {
          file.pending = new ExportStore.Pending(job.document().id(), job.document().version(), job.lang(), job.name(),
              request.xliffVersion(), file.units, file.writtenId, file.sha256);
          pending.add(file.pending);
          byPending.put(file.pending, file);
        }
      });
      List<ExportStore.Export> rows = exports.record(pending, (p, id) -> restamp(byPending.get(p), id));
      for (int i = 0; i < rows.size(); i++) {
        Staged file = byPending.get(pending.get(i));
        file.result = new Result(file.job.document().name(), file.job.lang(), file.job.name(), file.units, rows.get(i).id(), Outcome.WRITTEN);
      }
      List<Result> results = new ArrayList<>();
      for (Staged file : staged) {
        if (file.temp != null) moveIntoPlace(file);
        results.add(file.result);
      }
      removeEmptyFolders();
      return results;
    } catch (RuntimeException e) {
      cleanUp();
      throw e;
    }
  }

  // ---- planning: every check before anything is written ----

  private List<Job> plan() {
    List<DocumentRow> documents = documents();
    Map<String, Job> byFile = new LinkedHashMap<>();
    List<String> targetsSeen = new ArrayList<>();
    Map<Long, List<String>> allTargets = exports.targets();
    for (DocumentRow document : documents) {
      List<String> targets = allTargets.getOrDefault(document.id(), List.of());
      for (String target : targets) if (!targetsSeen.contains(target)) targetsSeen.add(target);
      for (String lang : targets) {
        if (!request.languages().isEmpty() && request.languages().stream().noneMatch(l -> l.tag().equalsIgnoreCase(lang))) continue;
        String relative = relativeFile(document.name(), lang);
        if (relative == null) throw escapes(document);
        Path file;
        try {
          file = request.out().resolve(lang).resolve(relative);
        } catch (InvalidPathException e) {
          throw new DeskException(ExitCode.REJECTED, "document '%s': its name is not a valid file name here (%s); export the other documents with --doc",
              document.name(), e.getReason());
        }
        Path langFolder = request.out().resolve(lang).normalize();
        if (!file.normalize().startsWith(langFolder)) throw escapes(document);
        Job job = new Job(document, lang, file, file.toString());
        Job clash = byFile.putIfAbsent(job.name(), job);
        if (clash != null) {
          throw new DeskException(ExitCode.REJECTED,
              "documents '%s' and '%s' would both be written to %s; export them one at a time with --doc and different --out folders",
              clash.document().name(), document.name(), job.name());
        }
      }
    }
    for (Language language : request.languages()) {
      if (targetsSeen.stream().noneMatch(t -> t.equalsIgnoreCase(language.tag()))) {
        throw new DeskException(ExitCode.REJECTED, "%s is to be translated into %s (target languages: %s); add it with transdesk ingest --targets",
            request.documents().isEmpty() ? "no document" : "none of the documents given", language,
            targetsSeen.isEmpty() ? "none" : String.join(", ", targetsSeen));
      }
    }
    return List.copyOf(byFile.values());
  }

  private List<DocumentRow> documents() {
    if (request.documents().isEmpty()) return segments.documents();
    List<DocumentRow> documents = new ArrayList<>();
    for (String name : request.documents()) {
      String normalized = name.replace('\\', '/');
      DocumentRow document = segments.document(normalized)
          .orElseThrow(() -> new DeskException(ExitCode.REJECTED, "no document named '%s' in %s; transdesk status lists the documents",
              name, database.location()));
      if (documents.stream().noneMatch(d -> d.id() == document.id())) documents.add(document);
    }
    return documents;
  }

  private static DeskException escapes(DocumentRow document) {
    return new DeskException(ExitCode.REJECTED,
        "document '%s': its name climbs out of the --out folder with '..', so nothing was written;"
            + " ingest the article under a name without '..' (from its own folder) or export the other documents with --doc",
        document.name());
  }

  /**
   * The file of a document inside {@code <out>/<lang>/}: its folders, then its base name without
   * extension, the language and {@code .xlf}. A leading root or drive is dropped so absolute names
   * stay inside --out. Null for a name with a {@code ..} part, which would climb out.
   */
  static String relativeFile(String documentName, String lang) {
    String name = documentName.replace('\\', '/');
    if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) name = name.substring(2);
    List<String> parts = new ArrayList<>();
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) return null;
      parts.add(part);
    }
    if (parts.isEmpty()) return null;
    String base = parts.remove(parts.size() - 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) base = base.substring(0, dot);
    parts.add(base + "." + lang + ".xlf");
    return String.join("/", parts);
  }

  /** --out and every folder a file goes into must be a folder (or not exist yet) and writable. */
  private void checkFolders(List<Job> jobs) {
    Path out = request.out();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new DeskException(ExitCode.USAGE, "--out %s is a file, not a folder; name a folder (it is created when missing)", out);
    }
    java.util.Set<Path> checked = new java.util.HashSet<>();
    for (Job job : jobs) {
      Path folder = job.file().getParent();
      if (Files.isDirectory(job.file())) {
        throw new DeskException(ExitCode.REJECTED, "%s is a folder; move it away or choose another --out", job.name());
      }
      if (!checked.add(folder)) continue;
      Path existing = folder;
      while (existing != null && !Files.exists(existing)) existing = existing.getParent();
      if (existing == null) existing = Path.of("").toAbsolutePath();
      if (!Files.isDirectory(existing)) {
        throw new DeskException(ExitCode.REJECTED, "%s is a file, so %s cannot be written; move it away or choose another --out", existing, job.name());
      }
      if (!Files.isWritable(existing)) {
        throw new DeskException(ExitCode.REJECTED, "folder %s is not writable, so %s cannot be written; fix its permissions or choose another --out",
            existing, job.name());
      }
    }
  }

  // ---- writing ----

  /**
   * Writes the files of every job, in order, each under a temporary name, and hands each written
   * file to {@code settle}. The units of all the documents stream from one reading thread (the
   * query, the conversion, the glossary hints) while this thread writes the XML and the files: a
   * desk of thousands of short articles is pipelined like one long article, not read and written
   * in turns. {@code exportId} gives the id a job's file carries; it is asked when the job's turn
   * comes, after every file before it was settled.
   */
  private void writeAll(List<Job> jobs, java.util.function.ToLongFunction<Job> exportId, Consumer<Staged> settle) {
    // Every matcher made here, before the reading thread starts: the map is not shared.
    List<TermMatcher> jobMatchers = new ArrayList<>(jobs.size());
    long total = 0;
    for (Job job : jobs) {
      jobMatchers.add(matcher(job.document().sourceLang(), job.lang()));
      total += sizes.getOrDefault(job.document().id(), 0);
    }
    Consumer<Consumer<Object>> source = sink -> {
      for (int i = 0; i < jobs.size(); i++) {
        Job job = jobs.get(i);
        TermMatcher matcher = jobMatchers.get(i);
        Units units = new Units(matcher, request.prefillSource());
        sink.accept(job);
        exports.units(job.document().id(), job.lang(), request.selection(), matcher != null, row -> sink.accept(units.convert(row)));
      }
    };
    Writing writing = new Writing(exportId, settle);
    try {
      if (total < PIPE_FROM) {
        // A short export is read faster than the two threads can hand it over.
        source.accept(writing);
      } else {
        pipe.run(source, writing);
      }
      writing.finish();
    } finally {
      writing.abandon();
    }
  }

  /**
   * This thread's side of {@link #writeAll}: a job opens the next file (the one before is finished
   * and settled), a unit goes into the open one. A job's file is created at its first unit, so a
   * job without units leaves no file behind.
   */
  private final class Writing implements Consumer<Object> {
    private final java.util.function.ToLongFunction<Job> exportId;
    private final Consumer<Staged> settle;
    private Staged file;
    private FileChannel channel;
    private OutputStream out;
    private XliffWriter writer;
    private MessageDigest digest;

    Writing(java.util.function.ToLongFunction<Job> exportId, Consumer<Staged> settle) {
      this.exportId = exportId;
      this.settle = settle;
    }

    @Override
    public void accept(Object item) {
      if (item instanceof Job job) {
        finish();
        file = new Staged(job);
        file.writtenId = exportId.applyAsLong(job);
        return;
      }
      try {
        if (writer == null) open();
        writer.write((ExportUnit) item);
        file.units++;
      } catch (XliffWriteException e) {
        throw cannotWrite(e);
      }
    }

    private void open() {
      Job job = file.job;
      createFolders(job.file().getParent());
      DocumentRow document = job.document();
      ExportFile header = new ExportFile(document.id(), document.name(), document.sourceLang(), job.lang(), document.format(),
          file.writtenId, document.version());
      digest = sha256();
      Temp temp = createTemp(job);
      file.temp = temp.path();
      channel = temp.channel();
      out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 14), digest);
      writer = XliffWriter.open(request.xliffVersion(), out, header);
    }

    /** Closes the open file and settles it (a job without units too). */
    void finish() {
      if (file == null) return;
      Staged done = file;
      if (writer != null) {
        try {
          writer.close();
          out.close();
        } catch (IOException | XliffWriteException e) {
          throw cannotWrite(e);
        }
        writer = null;
        channel = null;
        done.sha256 = HexFormat.of().formatHex(digest.digest());
      }
      file = null;
      staged.add(done);
      settle.accept(done);
    }

    /** Closes a file left open by a failure; its temporary name is removed with the others. */
    void abandon() {
      if (channel == null) return;
      try {
        channel.close();
      } catch (IOException e) {
        // Failing already; the temporary file is deleted by the clean-up.
      }
      channel = null;
    }

    private DeskException cannotWrite(Exception e) {
      return new DeskException(ExitCode.FAILURE, e, "%s: cannot write the file: %s", file.job.name(), e.getMessage());
    }
  }

  /** Turns stored units into export units: state, prefill, glossary hints. Runs on the pipe's thread. */
  private static final class Units {
    private final TermMatcher matcher;
    private final boolean prefill;

    Units(TermMatcher matcher, boolean prefill) {
      this.matcher = matcher;
      this.prefill = prefill;
    }

    ExportUnit convert(ExportStore.Unit row) {
      try {
        TargetState state = row.state() == null ? TargetState.NEW : TargetState.fromSpelling(row.state());
        boolean copy = prefill && row.target() == null && !row.isProtected() && state == TargetState.NEW;
        String previous = state == TargetState.NEEDS_UPDATE ? row.previousSource() : null;
        return new ExportUnit(row.id(), row.source(), InlineCodes.parse(row.codes()), row.fingerprint(), row.isProtected(),
            state, row.target(), row.target() == null ? 0 : row.revision(), previous, copy, hints(row.plain()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("segment " + row.id() + ": stored data cannot be exported: " + e.getMessage(), e);
      }
    }

    /** One hint per glossary entry found in the source, in order of first appearance. */
    private List<GlossaryHint> hints(String plain) {
      return GlossaryHint.of(matcher, plain);
    }
  }

  private TermMatcher matcher(String sourceLang, String lang) {
    Glossary glossary = request.glossary();
    if (glossary == null || glossary.size() == 0) return null;
    return matchers.computeIfAbsent(sourceLang + " " + lang, key -> glossary.matcher(Language.parse(sourceLang), Language.parse(lang)));
  }

  private void createFolders(Path folder) {
    if (!knownFolders.add(folder)) return;
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) missing.add(0, p);
    try {
      for (Path p : missing) {
        Files.createDirectory(p);
        createdFolders.add(p);
      }
    } catch (IOException e) {
      throw new DeskException(e instanceof AccessDeniedException ? ExitCode.REJECTED : ExitCode.FAILURE, e,
          "cannot create folder %s: %s; choose another --out", folder, reason(e));
    }
  }

  /** A temporary file and its channel, open for writing. */
  private record Temp(Path path, FileChannel channel) {}

  /**
   * A new empty file next to the target, hidden, with the usual permissions (not the 0600 of
   * createTempFile), opened for writing in the same call; removed if the JVM stops before it is
   * moved into place.
   */
  private Temp createTemp(Job job) {
    Path folder = job.file().getParent();
    String name = "." + job.file().getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp";
    Path temp = folder.resolve(name);
    try {
      temps.add(temp);
      return new Temp(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    } catch (IOException e) {
      temps.remove(temp);
      throw new DeskException(e instanceof AccessDeniedException ? ExitCode.REJECTED : ExitCode.FAILURE, e,
          "cannot write in folder %s: %s; choose another --out", folder, reason(e));
    }
  }

  /**
   * Rewrites a staged file so its {@code td:export} attribute carries {@code id}; returns the new
   * sha-256. The attribute sits in the {@code <file>} start tag near the top, so this is one copy.
   */
  private String restamp(Staged file, long id) {
    byte[] from = (" td:export=\"" + file.writtenId + "\"").getBytes(StandardCharsets.UTF_8);
    byte[] to = (" td:export=\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
    Temp temp = createTemp(file.job);
    Path restamped = temp.path();
    MessageDigest digest = sha256();
    try (FileChannel in = FileChannel.open(file.temp, StandardOpenOption.READ);
        FileChannel channel = temp.channel();
        OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), digest)) {
      byte[] head = new byte[(int) Math.min(in.size(), ID_SEARCH_LIMIT)];
      try (InputStream stream = Channels.newInputStream(in.position(0))) {
        int read = stream.readNBytes(head, 0, head.length);
        int at = indexOf(head, read, from);
        if (at < 0) throw new IllegalStateException(file.job.name() + ": td:export not found in the written file");
        out.write(head, 0, at);
        out.write(to);
        out.write(head, at + from.length, read - at - from.length);
        stream.transferTo(out);
      }
      out.flush();
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot write the file: %s", file.job.name(), e.getMessage());
    }
    delete(file.temp);
    file.temp = restamped;
    file.writtenId = id;
    file.sha256 = HexFormat.of().formatHex(digest.digest());
    return file.sha256;
  }

  private static int indexOf(byte[] bytes, int length, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= length; i++) {
      for (int j = 0; j < pattern.length; j++) if (bytes[i + j] != pattern[j]) continue outer;
      return i;
    }
    return -1;
  }

  /**
   * Whether the file in place holds something transdesk did not write: neither what this export
   * would write nor any export of the same document and language recorded in the export table, nor
   * a file an import took. Replacing it would throw away a translator's work.
   */
  private boolean isEditedInPlace(Staged file) {
    Path target = file.job.file();
    if (!Files.isRegularFile(target)) return false;
    String inPlace;
    try {
      inPlace = sha256(target);
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot read the file in place: %s", file.job.name(), reason(e));
    }
    // A file the desk has imported since is safe to replace: what the translator wrote in it is in the database.
    return !inPlace.equals(file.sha256) && !exports.exported(file.job.document().id(), file.job.lang(), inPlace)
        && !exports.imported(inPlace);
  }

  /** Atomically replaces the target; an unchanged file that is already in place is left alone (its time stamp too). */
  private void moveIntoPlace(Staged file) {
    Path target = file.job.file();
    try {
      if (file.result.outcome() == Outcome.UNCHANGED && Files.isRegularFile(target) && Files.size(target) == Files.size(file.temp)
          && sha256(target).equals(file.sha256)) {
        delete(file.temp);
      } else {
        Files.move(file.temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        temps.remove(file.temp);
      }
      file.temp = null;
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot move the written file into place: %s", file.job.name(), reason(e));
    }
  }

  private void cleanUp() {
    // Every temporary file, also that of a file whose writing failed (not staged yet).
    deleteTemps();
    removeEmptyFolders();
  }

  /** Removes the folders this export created that stayed empty (nothing selected, or a failure). */
  private void removeEmptyFolders() {
    for (int i = createdFolders.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(createdFolders.get(i));
      } catch (IOException e) {
        // Not empty: a file went there (this export's or another process's); keep it.
      }
    }
  }

  private void delete(Path path) {
    try {
      Files.deleteIfExists(path);
      temps.remove(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason().toLowerCase(Locale.ROOT);
    return e.getMessage();
  }
}
