package org.transdesk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;
import org.transdesk.check.TranslationPair;
import org.transdesk.store.ExportRecord;
import org.transdesk.store.HeldTranslation;
import org.transdesk.store.ImportRecord;
import org.transdesk.store.ImportStore;
import org.transdesk.store.ImportWriter;
import org.transdesk.store.NewFinding;
import org.transdesk.store.OpenFinding;
import org.transdesk.store.StoredDocument;
import org.transdesk.store.StoredUnit;
import org.transdesk.store.TranslationChange;
import org.transdesk.xliff.GlossaryHint;
import org.transdesk.xliff.IdSet;
import org.transdesk.xliff.InlineCodes;
import org.transdesk.xliff.PlainText;

/**
 * Imports one returned file: streams its units in batches, decides each unit's outcome against the
 * database, and writes the applied ones with their history, held translations, findings and the
 * import row in one transaction (none with --dry-run, none when the file is refused).
 */
final class FileImport {
  private final ImportStore store;
  private final UnitReader reader;
  private final PairChecks checks;
  private final ImportOptions options;

  FileImport(ImportStore store, UnitReader reader, PairChecks checks, ImportOptions options) {
    this.store = store;
    this.reader = reader;
    this.checks = checks;
    this.options = options;
  }

  /** Imports {@code path} (shown as {@code name}); a refused file throws DeskException with exit code 3. */
  FileReport run(Path path, String name) {
    return run(path, name, sha256(path, name));
  }

  /** Imports {@code path}, whose sha-256 is known ({@link Digests}). */
  FileReport run(Path path, String name, String sha256) {
    if (options.dryRun()) {
      Optional<FileReport> already = already(name, sha256);
      if (already.isPresent()) return already.get();
      Session session = new Session(path, name, sha256, null);
      session.read();
      return session.report("dry-run");
    }
    return store.write("import " + name, writer -> {
      Optional<FileReport> already = already(name, sha256);
      if (already.isPresent()) return already.get();
      Session session = new Session(path, name, sha256, writer);
      session.read();
      int held = session.tally.heldBack();
      if (options.strict() && held > 0) {
        throw new StrictRefusal(session.report("refused"), new DeskException(ExitCode.REJECTED,
            "%s: %d unit%s held back (%s) and --strict is given; nothing written", name, held, held == 1 ? "" : "s",
            session.tally.heldBackParts()));
      }
      String status = held > 0 ? "partial" : "imported";
      writer.finish(session.record(), session.tally.counts(), status);
      return session.report(status);
    });
  }

  /**
   * The report for a file whose sha-256 an earlier import already took; none when there was no
   * such import or when --force or --overwrite-final asks to take it again.
   */
  private Optional<FileReport> already(String name, String sha256) {
    if (options.force() || options.overwriteFinal()) return Optional.empty();
    return store.importedBefore(sha256).map(p -> new FileReport(name, sha256, "already-imported", p.id(), p.document(),
        p.lang(), p.translator(), Tally.heldBackBy(p.counts()), List.of(), null, "#" + p.id() + " at " + p.importedAt()));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Thrown inside the transaction to roll a strict import back; carries what was found. */
  static final class StrictRefusal extends RuntimeException {
    private final FileReport report;
    private final DeskException error;

    StrictRefusal(FileReport report, DeskException error) {
      super(error.getMessage(), null, false, false);
      this.report = report;
      this.error = error;
    }

    FileReport report() {
      return report;
    }

    DeskException error() {
      return error;
    }
  }

  static String sha256(Path path, String name) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchFileException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: no such file; check the path", name);
    } catch (IOException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s:0: cannot be read (%s); check that it is a readable file", name, e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The state of one file's import while its units stream by. */
  private final class Session implements UnitReader.Handler {
    private final Path path;
    private final String name;
    private final String sha256;
    private final ImportWriter writer;
    private final Tally tally = new Tally();
    private final List<Listed> listed = new ArrayList<>();
    private final List<ReturnedUnit> batch = new ArrayList<>(ImportStore.BATCH);
    private StoredDocument document;
    private Language sourceLanguage;
    private Language targetLanguage;
    private String lang;
    private Triage triage;
    private PairChecks.Pair pair;
    private String translator;
    private Long exportId;
    private boolean severalDocuments;
    private boolean severalLanguages;
    private boolean severalTranslators;
    private boolean severalExports;
    private boolean begun;

    Session(Path path, String name, String sha256, ImportWriter writer) {
      this.path = path;
      this.name = name;
      this.sha256 = sha256;
      this.writer = writer;
    }

    void read() {
      try {
        reader.read(path, name, this);
        process();
        finishChecks();
        if (firstUnknown != null && tally.count(Outcome.UNKNOWN) == tally.units()) {
          throw new DeskException(ExitCode.REJECTED, "%s:%d: none of the %d unit ids is a segment of '%s' (the first is '%s');"
              + " the file was not exported by this desk or a tool renumbered its units: import the file transdesk exported",
              name, firstUnknown.line(), tally.units(), document.name(), Neutral.clip(firstUnknown.id(), 40));
        }
      } finally {
        if (pending != null) pending.findings().cancel(true);
      }
      if (document == null) {
        throw new DeskException(ExitCode.REJECTED, "%s: no <file> element: not an XLIFF file transdesk can import", name);
      }
    }

    @Override
    public void file(ReturnedFile file) {
      process();
      finishChecks();
      StoredDocument next = document(file);
      // XLIFF 1.2 requires source-language, but some tools leave it out: the document says what it is.
      Language source = blank(file.sourceLang()) ? new Language(next.sourceLang()) : language(file, file.sourceLang(), "source");
      if (!source.matches(new Language(next.sourceLang()))) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: source language %s does not match document '%s', whose source is %s;"
            + " import the file into the right database or re-export it", name, file.line(), file.sourceLang(), next.name(), next.sourceLang());
      }
      if (blank(file.targetLang())) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: the file names no target language; transdesk cannot tell which translation"
            + " it holds: set target-language (1.2) or trgLang (2.x)", name, file.line());
      }
      Language target = language(file, file.targetLang(), "target");
      String stored = storedTarget(next, target);
      if (stored == null) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: target language %s is not a target of document '%s' (targets: %s);"
            + " add it with ingest --targets or check the file", name, file.line(), file.targetLang(), next.name(),
            next.targets().isEmpty() ? "none" : String.join(", ", next.targets()));
      }
      ExportRecord export = export(file, next, stored);
      units = unitsOf.computeIfAbsent(next.id() + "\u0000" + stored, key -> new IdSet());
      String who = file.translator() != null && !file.translator().isBlank() ? file.translator().strip() : options.translator();
      if (document != null) {
        severalDocuments |= document.id() != next.id();
        severalLanguages |= !lang.equals(stored);
        severalTranslators |= !java.util.Objects.equals(translator, who);
        severalExports |= !java.util.Objects.equals(exportId, export == null ? null : export.id());
      }
      document = next;
      sourceLanguage = new Language(next.sourceLang());
      targetLanguage = new Language(stored);
      lang = stored;
      translator = who;
      exportId = export == null ? null : export.id();
      pair = checks.of(sourceLanguage, targetLanguage);
      triage = new Triage(new Triage.Rules(options.force(), options.overwriteFinal(), options.acceptIdentical(),
          export == null ? null : export.exportedAt(), pair.namesOnly()));
      if (writer != null && !begun) {
        writer.begin(record());
        begun = true;
      }
    }

    @Override
    public void unit(ReturnedUnit unit) {
      if (document == null) throw new IllegalStateException("unit before file");
      if (!units.add(unit.id())) {
        // Within one <file> the reader refuses a repeated id; two <file> elements of one document could still
        // both carry a unit, and the second would silently replace the first.
        throw new DeskException(ExitCode.REJECTED, "%s:%d: unit id '%s' of document '%s' (%s) came already in an earlier <file>;"
            + " each segment may be returned once per file: remove one of them", name, unit.line(), Neutral.clip(unit.id(), 40),
            document.name(), lang);
      }
      batch.add(unit);
      if (batch.size() == ImportStore.BATCH) process();
    }

    private StoredDocument document(ReturnedFile file) {
      if (file.original() == null || file.original().isBlank()) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: file/@original is missing, so transdesk cannot tell which document"
            + " the units belong to; import files exported by transdesk", name, file.line());
      }
      // A file without td:export never went through this desk's export: another tool made it, and
      // "ingest it first" would send the user after a document ('namespace1', 'word/document.xml') they never had.
      String advice = file.exportId() == null
          ? "; the file has no td:export, so it is not one transdesk exported: import the XLIFF that transdesk export"
              + " wrote, as the translator returns it"
          : "; ingest it first or import into the database it was exported from";
      return store.document(file.original()).orElseThrow(() -> new DeskException(ExitCode.REJECTED,
          "%s:%d: document '%s' (file/@original) is not in the database %s%s", name, file.line(), file.original(),
          store.location(), advice));
    }

    private Language language(ReturnedFile file, String tag, String which) {
      if (tag == null || tag.isBlank()) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: the file names no %s language", name, file.line(), which);
      }
      try {
        return Language.parse(tag);
      } catch (DeskException e) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: '%s' is not a language tag (%s language); the file is broken",
            name, file.line(), tag, which);
      }
    }

    /** The document's target the file's language names: the same tag, else the one it is a region of (or the reverse). */
    private String storedTarget(StoredDocument doc, Language target) {
      for (String t : doc.targets()) if (t.equalsIgnoreCase(target.tag())) return t;
      String match = null;
      for (String t : doc.targets()) {
        if (new Language(t).matches(target)) {
          if (match != null) return null;
          match = t;
        }
      }
      return match;
    }

    /**
     * The export named by td:export, when it is one of this document's; null without one. An export of
     * this document into another language means a tool relabelled the file: refused.
     */
    private ExportRecord export(ReturnedFile file, StoredDocument doc, String stored) {
      if (file.exportId() == null || !Triage.isSegmentId(file.exportId().strip())) return null;
      ExportRecord export = store.export(Long.parseLong(file.exportId().strip())).orElse(null);
      if (export == null || export.documentId() != doc.id()) return null;
      if (!export.lang().equals(stored)) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: the file says target language %s, but export #%d it answers"
            + " (td:export) went out in %s; a tool changed the file's target language: set it back to %s, or import the"
            + " file that export #%d wrote for %s", name, file.line(), file.targetLang(), export.id(), export.lang(),
            export.lang(), export.id(), export.lang());
      }
      return export;
    }

    ImportRecord record() {
      return new ImportRecord(name, sha256, severalDocuments ? null : document.id(), severalLanguages ? null : lang,
          severalExports ? null : exportId, severalTranslators ? null : translator);
    }

    /**
     * Decides and writes the batch read so far, and hands the checks of its applied units to the
     * worker threads; their findings are stored and listed when the next batch comes (or at the
     * end), so reading, deciding and checking overlap.
     */
    private void process() {
      if (batch.isEmpty()) {
        finishChecks();
        return;
      }
      List<Long> ids = new ArrayList<>(batch.size());
      for (ReturnedUnit u : batch) if (Triage.isSegmentId(u.id())) ids.add(Long.parseLong(u.id()));
      Map<Long, StoredUnit> stored = ids.isEmpty() ? Map.of() : store.units(lang, ids);
      List<Settled> settled = new ArrayList<>(batch.size());
      List<Long> applied = new ArrayList<>();
      for (ReturnedUnit u : batch) {
        StoredUnit s = Triage.isSegmentId(u.id()) ? stored.get(Long.parseLong(u.id())) : null;
        Verdict v = triage.judge(u, s, document.id(), document.name());
        settled.add(new Settled(u, s, v));
        if (v.outcome() == Outcome.APPLIED) applied.add(s.segmentId());
      }
      batch.clear();
      Map<Long, List<OpenFinding>> open = applied.isEmpty() ? Map.of() : store.openFindings(lang, applied);
      for (Settled x : settled) write(x);
      finishChecks();
      List<TranslationPair> toCheck = new ArrayList<>(applied.size());
      for (Settled x : settled) if (x.verdict().outcome() == Outcome.APPLIED) toCheck.add(checked(x));
      pending = new Pending(settled, open, lang, pair, pair.submit(toCheck));
    }

    /** A unit with its stored segment and its verdict. */
    private record Settled(ReturnedUnit unit, StoredUnit stored, Verdict verdict) {}

    /** A batch whose checks are running: its units in order and the findings to come, by unit. */
    private record Pending(List<Settled> settled, Map<Long, List<OpenFinding>> open, String lang, PairChecks.Pair pair,
        java.util.concurrent.Future<List<List<CheckFinding>>> findings) {}

    private Pending pending;
    private ReturnedUnit firstUnknown;
    /** The unit ids seen so far, by document and language: one set per pair, however many <file> elements. */
    private final Map<String, IdSet> unitsOf = new java.util.HashMap<>();
    private IdSet units;

    private void write(Settled x) {
      ReturnedUnit u = x.unit();
      StoredUnit s = x.stored();
      Verdict v = x.verdict();
      tally.count(v);
      if (writer == null) return;
      if (v.outcome() == Outcome.APPLIED) {
        writer.apply(new TranslationChange(s.segmentId(), lang, s.target(), s.hasTranslation() ? s.state() : null,
            v.target(), v.state(), s.revision() + 1, translator, v.historyReason()));
      } else if (v.target() != null && v.outcome().heldBack() && !v.target().equals(s.target())) {
        writer.hold(new HeldTranslation(s.segmentId(), lang, v.target(), v.state(), v.outcome().label()));
      }
    }

    /** The pair a check runs on: the stored source and the applied target. */
    private TranslationPair checked(Settled x) {
      return TranslationPair.of(x.unit().id(), sourceLanguage, targetLanguage, x.stored().source(), x.verdict().target())
          .at(name, x.unit().line(), document.name())
          .withState(x.verdict().state())
          .withLineBreaks(InlineCodes.lineBreaks(x.stored().codes()));
    }

    /** Waits for the running checks, stores their findings (keeping still-present ones open) and lists the batch. */
    private void finishChecks() {
      if (pending == null) return;
      Pending p = pending;
      pending = null;
      List<List<CheckFinding>> findings = PairChecks.await(p.findings());
      int next = 0;
      for (Settled x : p.settled()) {
        ReturnedUnit u = x.unit();
        Verdict v = x.verdict();
        if (v.outcome() == Outcome.UNKNOWN && firstUnknown == null) firstUnknown = u;
        if (options.listAll() || v.outcome().heldBack()) {
          boolean stale = v.outcome() == Outcome.STALE;
          listed.add(new Listed(u.id(), u.line(), v.outcome(), v.reason(), stale ? u.source() : null,
              stale ? v.storedSource() : null, v.outcome().heldBack() ? v.target() : null, null));
        }
        // Import keeps no notes: each is listed, so nothing a translator wrote is lost unseen. The glossary
        // hints export wrote are the desk's own words, also when a tool dropped or changed their "from".
        if (!u.notes().isEmpty()) {
          List<GlossaryHint> hints = p.pair().hints(PlainText.of(x.stored() != null ? x.stored().source() : u.source()));
          for (String note : u.notes()) if (!GlossaryHint.onlyHints(note, hints)) listed.add(Listed.note(u, v.outcome(), note));
        }
        if (v.outcome() != Outcome.APPLIED) continue;
        List<CheckFinding> found = findings.get(next++);
        long segment = x.stored().segmentId();
        List<CheckFinding> fresh = new ArrayList<>(found);
        for (OpenFinding o : p.open().getOrDefault(segment, List.of())) {
          CheckFinding same = new CheckFinding(o.rule(), o.severity(), o.message(), o.span());
          if (!fresh.remove(same) && writer != null) writer.resolve(o.id());
        }
        if (writer != null) {
          for (CheckFinding f : fresh) writer.add(new NewFinding(segment, p.lang(), f.rule(), f.severity(), f.message(), f.span()));
        }
        for (CheckFinding f : found) {
          tally.count(f);
          listed.add(new Listed(u.id(), u.line(), Outcome.APPLIED, "", null, null, null, f));
        }
      }
    }

    FileReport report(String status) {
      long importId = writer == null || !begun ? 0 : writer.importId();
      return new FileReport(name, sha256, status, importId, severalDocuments || document == null ? null : document.name(),
          severalLanguages ? null : lang, severalTranslators ? null : translator, tally, listed, null, null);
    }
  }
}
