package org.transdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What export reads and records: the units of a document in one target language, streamed in
 * document order, and the {@code export} rows, one per written file.
 */
public final class ExportStore {
  private static final String UNIT_QUERY =
      "SELECT s.id, s.source, %s, s.codes, s.source_sha256, s.protected, t.target, t.state, t.revision, t.previous_source"
          + " FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.lang = ?"
          + " WHERE s.document_id = ? AND s.active = 1";
  private static final String NEXT_ID = "SELECT coalesce(max(id), 0) + 1 FROM export";
  private static final String EXPORT_COLUMNS = "id, document_id, document_version, lang, file, xliff_version, units, sha256, exported_at";

  private final Database database;
  /** Prepared once per export run: a desk export may stream thousands of small documents. */
  private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();

  public ExportStore(Database database) {
    this.database = database;
  }

  /** Which units an export takes (option --only); protected segments are never "untranslated" nor "needs-update". */
  public enum Selection {
    /** Every unit whose translation is not final (the default). */
    NOT_FINAL("not-final", " AND (t.state IS NULL OR t.state <> 'final')"),
    UNTRANSLATED("untranslated", " AND (t.state IS NULL OR t.state = 'new') AND s.protected = 0"),
    NEEDS_UPDATE("needs-update", " AND t.state = 'needs-update' AND s.protected = 0"),
    ALL("all", "");

    private final String spelling;
    private final String condition;

    Selection(String spelling, String condition) {
      this.spelling = spelling;
      this.condition = condition;
    }

    public String spelling() {
      return spelling;
    }
  }

  /**
   * A unit as export reads it: the active segment and, when there is one, its translation into the
   * language asked for ({@code state} is null without a translation row; {@code plain} null unless asked for).
   */
  public record Unit(long id, String source, String plain, String codes, String fingerprint, boolean isProtected,
      String target, String state, int revision, String previousSource) {}

  /** One row of the {@code export} table. */
  public record Export(long id, long documentId, int documentVersion, String lang, String file, String xliffVersion,
      int units, String sha256, String exportedAt) {}

  /** An export about to be recorded: its file is written (under a temporary name) carrying {@code writtenId}. */
  public record Pending(long documentId, int documentVersion, String lang, String file, String xliffVersion, int units,
      long writtenId, String sha256) {}

  /** Rewrites a pending file so it carries the row id it gets, and returns the new file's sha-256. */
  @FunctionalInterface
  public interface Restamp {
    String restamp(Pending pending, long id);
  }

  /**
   * Streams the selected active units of a document for one language, in document order, with the
   * cursor open: memory stays flat however long the document is. {@code plain} says whether the
   * plain text is wanted (null otherwise: reading it costs time). Returns how many were streamed.
   */
  public int units(long documentId, String lang, Selection selection, boolean plain, Consumer<Unit> sink) {
    String sql = String.format(java.util.Locale.ROOT, UNIT_QUERY, plain ? "s.plain" : "NULL") + selection.condition + " ORDER BY s.position";
    return SegmentStore.read(database, "read the segments to export", c -> {
      int count = 0;
      PreparedStatement s = statements.get(sql);
      if (s == null) {
        s = c.prepareStatement(sql);
        statements.put(sql, s);
      }
      s.setString(1, lang);
      s.setLong(2, documentId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          sink.accept(unit(r, plain));
          count++;
        }
      }
      return count;
    });
  }

  /**
   * The unit in the cursor's row. A method of its own, not the loop's body: the loop runs once per
   * document, so the JVM compiles it only after tens of thousands of rows (on-stack replacement),
   * while a method called per row is compiled after a few hundred.
   */
  private static Unit unit(ResultSet r, boolean plain) throws SQLException {
    // Every column read is a call into native code: the plain text only when asked for, the
    // translation's columns only when there is one (state is never null in a translation row).
    String state = Columns.text(r, 8);
    boolean translated = state != null;
    return new Unit(r.getLong(1), Columns.text(r, 2), plain ? Columns.text(r, 3) : null, Columns.text(r, 4),
        Columns.text(r, 5), r.getInt(6) == 1, translated ? Columns.text(r, 7) : null, state, translated ? r.getInt(9) : 0,
        translated ? Columns.text(r, 10) : null);
  }

  /** The target languages of every document, sorted, in one query (a desk may export thousands of documents). */
  public java.util.Map<Long, List<String>> targets() {
    return SegmentStore.read(database, "read target languages", c -> {
      java.util.Map<Long, List<String>> targets = new java.util.HashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT document_id, lang FROM document_target ORDER BY document_id, lang");
          ResultSet r = s.executeQuery()) {
        while (r.next()) targets.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(r.getString(2));
      }
      return targets;
    });
  }

  /**
   * How many active segments each document has, from the running totals the report keeps (a row
   * per document; counting the segment index took 20-30 ms at 3x10^5 segments).
   */
  public java.util.Map<Long, Integer> activeSegments() {
    return SegmentStore.read(database, "count segments", c -> {
      java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT document_id, segments + protected_segments FROM report_document_count");
          ResultSet r = s.executeQuery()) {
        while (r.next()) counts.put(r.getLong(1), r.getInt(2));
      }
      return counts;
    });
  }

  /** The most recent export of a document into a language in an XLIFF version, if any. */
  public Optional<Export> last(long documentId, String lang, String xliffVersion) {
    return SegmentStore.read(database, "read the last export", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + EXPORT_COLUMNS
          + " FROM export WHERE document_id = ? AND lang = ? AND xliff_version = ? ORDER BY id DESC LIMIT 1")) {
        s.setLong(1, documentId);
        s.setString(2, lang);
        s.setString(3, xliffVersion);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(export(r)) : Optional.empty();
        }
      }
    });
  }

  /** The most recent export of every (document, language) in an XLIFF version. */
  public List<Export> latest(String xliffVersion) {
    return SegmentStore.read(database, "read the last exports", c -> {
      List<Export> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + EXPORT_COLUMNS + " FROM export WHERE id IN"
          + " (SELECT max(id) FROM export WHERE xliff_version = ? GROUP BY document_id, lang)")) {
        s.setString(1, xliffVersion);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) rows.add(export(r));
        }
      }
      return rows;
    });
  }

  /** Whether some export of a document into a language wrote a file with this sha-256. */
  public boolean exported(long documentId, String lang, String sha256) {
    return SegmentStore.read(database, "read the exports", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM export WHERE sha256 = ? AND document_id = ? AND lang = ? LIMIT 1")) {
        s.setString(1, sha256);
        s.setLong(2, documentId);
        s.setString(3, lang);
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /** Whether an import took a file with this sha-256 (all its units, or the good ones with the rest held). */
  public boolean imported(String sha256) {
    return SegmentStore.read(database, "read the imports", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM import WHERE sha256 = ? AND outcome IN ('imported', 'partial') LIMIT 1")) {
        s.setString(1, sha256);
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /** One export row by id (what a returned file's td:export names). */
  public Optional<Export> export(long id) {
    return SegmentStore.read(database, "read export " + id, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + EXPORT_COLUMNS + " FROM export WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(export(r)) : Optional.empty();
        }
      }
    });
  }

  /** Every export row, oldest first. */
  public List<Export> exports() {
    return SegmentStore.read(database, "read exports", c -> {
      List<Export> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + EXPORT_COLUMNS + " FROM export ORDER BY id");
          ResultSet r = s.executeQuery()) {
        while (r.next()) rows.add(export(r));
      }
      return rows;
    });
  }

  /** The id the next export row will get, unless another export records one first. */
  public long nextId() {
    return SegmentStore.read(database, "read export ids", c -> {
      try (PreparedStatement next = c.prepareStatement(NEXT_ID)) {
        return nextId(next);
      }
    });
  }

  private static long nextId(PreparedStatement statement) throws SQLException {
    try (ResultSet r = statement.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * Records pending exports in one transaction and returns their rows. Each gets the next free id;
   * when that is not the id its file carries (another export took it meanwhile), {@code restamp}
   * rewrites the file first, inside the transaction, so the row and the file always agree.
   */
  public List<Export> record(List<Pending> pending, Restamp restamp) {
    if (pending.isEmpty()) return List.of();
    String now = Database.now();
    return database.inTransaction("record the export", c -> {
      List<Export> rows = new ArrayList<>();
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO export (" + EXPORT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement next = c.prepareStatement(NEXT_ID)) {
        for (Pending p : pending) {
          long id = nextId(next);
          String sha256 = id == p.writtenId() ? p.sha256() : restamp.restamp(p, id);
          Export row = new Export(id, p.documentId(), p.documentVersion(), p.lang(), p.file(), p.xliffVersion(), p.units(), sha256, now);
          insert.setLong(1, row.id());
          insert.setLong(2, row.documentId());
          insert.setInt(3, row.documentVersion());
          insert.setString(4, row.lang());
          insert.setString(5, row.file());
          insert.setString(6, row.xliffVersion());
          insert.setInt(7, row.units());
          insert.setString(8, row.sha256());
          insert.setString(9, row.exportedAt());
          insert.executeUpdate();
          rows.add(row);
        }
      }
      return rows;
    });
  }

  private static Export export(ResultSet r) throws SQLException {
    return new Export(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6), r.getInt(7),
        r.getString(8), r.getString(9));
  }
}
