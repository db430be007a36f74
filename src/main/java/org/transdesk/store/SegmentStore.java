package org.transdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Documents and their segments: lookups for every stage, and the writes of ingest (a new document,
 * a new version, segments added, kept, dropped, translations carried over to changed segments).
 */
public final class SegmentStore {
  private static final String DOCUMENT_COLUMNS = "id, name, format, source_lang, version, source_sha256";
  private static final String SEGMENT_COLUMNS =
      "id, document_id, position, paragraph, source, plain, codes, source_sha256, words, version_added, protected, repeat_of";

  private final Database database;

  public SegmentStore(Database database) {
    this.database = database;
  }

  /** The document stored under a name (the path as given at ingest). */
  public Optional<DocumentRow> document(String name) {
    return read(database, "read document " + name, c -> document(c, name));
  }

  /** Every document, by name. */
  public List<DocumentRow> documents() {
    return read(database, "read documents", c -> {
      List<DocumentRow> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM document ORDER BY name");
          ResultSet r = s.executeQuery()) {
        while (r.next()) rows.add(document(r));
      }
      return rows;
    });
  }

  /** The target languages recorded for a document, sorted. */
  public List<String> targets(long documentId) {
    return read(database, "read target languages", c -> targets(c, documentId));
  }

  /** The original bytes of a document's current version. */
  public byte[] original(long documentId) {
    return read(database, "read original", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT original FROM document WHERE id = ?")) {
        s.setLong(1, documentId);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getBytes(1) : null;
        }
      }
    });
  }

  /** Streams the active segments of a document in position order, without holding them all. */
  public void activeSegments(long documentId, Consumer<StoredSegment> sink) {
    read(database, "read segments", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + SEGMENT_COLUMNS + " FROM segment WHERE document_id = ? AND active = 1 ORDER BY position")) {
        s.setFetchSize(500);
        s.setLong(1, documentId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) sink.accept(segment(r));
        }
      }
      return null;
    });
  }

  /** One segment by id, active or not. */
  public Optional<StoredSegment> segment(long id) {
    return read(database, "read segment " + id, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + SEGMENT_COLUMNS + " FROM segment WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(segment(r)) : Optional.empty();
        }
      }
    });
  }

  /** Runs ingest's writes for one file in one transaction: all land or none. */
  public <T> T write(String action, WriteWork<T> work) {
    return database.inTransaction(action, c -> {
      try (Writer writer = new Writer(c)) {
        T result = work.run(writer);
        writer.flush();
        return result;
      }
    });
  }

  /** Ingest's work inside one transaction. */
  @FunctionalInterface
  public interface WriteWork<T> {
    T run(Writer writer) throws SQLException;
  }

  /** Runs reads outside a write transaction (a write transaction would take the write lock). */
  static <T> T read(Database database, String action, Database.Work<T> work) {
    try {
      return work.run(database.connection());
    } catch (SQLException e) {
      throw Database.failure(database.location(), action, e);
    }
  }

  static Optional<DocumentRow> document(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(document(r)) : Optional.empty();
      }
    }
  }

  static List<String> targets(Connection c, long documentId) throws SQLException {
    List<String> langs = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT lang FROM document_target WHERE document_id = ? ORDER BY lang")) {
      s.setLong(1, documentId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) langs.add(r.getString(1));
      }
    }
    return langs;
  }

  private static DocumentRow document(ResultSet r) throws SQLException {
    return new DocumentRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5), r.getString(6));
  }

  private static StoredSegment segment(ResultSet r) throws SQLException {
    long repeatOf = r.getLong(12);
    Long repeat = r.wasNull() ? null : repeatOf;
    return new StoredSegment(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6),
        r.getString(7), r.getString(8), r.getInt(9), r.getInt(10), r.getInt(11) == 1, repeat);
  }

  /** The writes of one ingested file, inside its transaction. Segment inserts are batched. */
  public static final class Writer implements AutoCloseable {
    private static final int BATCH = 1000;

    private final Connection connection;
    private final String now = Database.now();
    private PreparedStatement insert;
    private int pending;
    private PreparedStatement moves;
    private int pendingMoves;

    private Writer(Connection connection) {
      this.connection = connection;
    }

    public Optional<DocumentRow> document(String name) throws SQLException {
      return SegmentStore.document(connection, name);
    }

    public List<String> targets(long documentId) throws SQLException {
      return SegmentStore.targets(connection, documentId);
    }

    /** The active segments of a document in position order (for re-ingest, which must compare them). */
    public List<StoredSegment> activeSegments(long documentId) throws SQLException {
      List<StoredSegment> rows = new ArrayList<>();
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT " + SEGMENT_COLUMNS + " FROM segment WHERE document_id = ? AND active = 1 ORDER BY position")) {
        s.setLong(1, documentId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) rows.add(segment(r));
        }
      }
      return rows;
    }

    /**
     * The segments of a document that earlier versions dropped and whose fingerprint is one of
     * {@code fingerprints}: for each, the one dropped last.
     */
    public java.util.Map<String, StoredSegment> droppedSegments(long documentId, java.util.Set<String> fingerprints)
        throws SQLException {
      java.util.Map<String, StoredSegment> rows = new java.util.HashMap<>();
      if (fingerprints.isEmpty()) return rows;
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT " + SEGMENT_COLUMNS + " FROM segment WHERE document_id = ? AND active = 0 ORDER BY version_dropped, id")) {
        s.setLong(1, documentId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) if (fingerprints.contains(r.getString(8))) rows.put(r.getString(8), segment(r));
        }
      }
      return rows;
    }

    /**
     * Makes a segment an earlier version dropped active again at its place in the new version, with
     * its translations as they were (the sentence came back word for word), and its plain text,
     * codes, word count and protection as this version cut them.
     */
    public void restore(long id, int position, int paragraph, Long repeatOf, String plain, String codes, int words,
        boolean isProtected) throws SQLException {
      try (PreparedStatement s = connection.prepareStatement("UPDATE segment SET active = 1, version_dropped = NULL WHERE id = ?")) {
        s.setLong(1, id);
        s.executeUpdate();
      }
      move(id, position, paragraph, repeatOf, plain, codes, words, isProtected);
    }

    /** Adds a document at version 1. */
    public DocumentRow createDocument(String name, String format, String sourceLang, String sha256, byte[] original) throws SQLException {
      long id;
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
              + " VALUES (?, ?, ?, 1, ?, ?, ?, ?)")) {
        s.setString(1, name);
        s.setString(2, format);
        s.setString(3, sourceLang);
        s.setString(4, sha256);
        s.setBytes(5, original);
        s.setString(6, now);
        s.setString(7, now);
        s.executeUpdate();
      }
      try (PreparedStatement s = connection.prepareStatement("SELECT id FROM document WHERE name = ?")) {
        s.setString(1, name);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          id = r.getLong(1);
        }
      }
      addVersion(id, 1, sha256);
      return new DocumentRow(id, name, format, sourceLang, 1, sha256);
    }

    /** Moves a document to a new version with new original bytes. */
    public DocumentRow newVersion(DocumentRow document, String format, String sha256, byte[] original) throws SQLException {
      int version = document.version() + 1;
      try (PreparedStatement s = connection.prepareStatement(
          "UPDATE document SET format = ?, version = ?, source_sha256 = ?, original = ?, updated_at = ? WHERE id = ?")) {
        s.setString(1, format);
        s.setInt(2, version);
        s.setString(3, sha256);
        s.setBytes(4, original);
        s.setString(5, now);
        s.setLong(6, document.id());
        s.executeUpdate();
      }
      addVersion(document.id(), version, sha256);
      return new DocumentRow(document.id(), document.name(), format, document.sourceLang(), version, sha256);
    }

    private void addVersion(long documentId, int version, String sha256) throws SQLException {
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO document_version (document_id, version, source_sha256, ingested_at) VALUES (?, ?, ?, ?)")) {
        s.setLong(1, documentId);
        s.setInt(2, version);
        s.setString(3, sha256);
        s.setString(4, now);
        s.executeUpdate();
      }
    }

    /** Records target languages not yet recorded; returns how many were new. */
    public int addTargets(long documentId, List<String> langs) throws SQLException {
      int added = 0;
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO document_target (document_id, lang) SELECT ?, ? WHERE NOT EXISTS"
              + " (SELECT 1 FROM document_target WHERE document_id = ? AND lang = ?)")) {
        for (String lang : langs) {
          s.setLong(1, documentId);
          s.setString(2, lang);
          s.setLong(3, documentId);
          s.setString(4, lang);
          added += s.executeUpdate();
        }
      }
      return added;
    }

    /** The first free segment id; ingest numbers its new segments from here (the write lock is held). */
    public long nextSegmentId() throws SQLException {
      try (PreparedStatement s = connection.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM segment");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }

    /** Queues one new segment for a batched insert. */
    public void insert(long id, long documentId, int position, SourceSegment segment, int versionAdded, Long replaces, Long repeatOf)
        throws SQLException {
      if (insert == null) {
        insert = connection.prepareStatement(
            "INSERT INTO segment (id, document_id, position, paragraph, source, plain, codes, source_sha256, words,"
                + " version_added, active, protected, replaces, repeat_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
      }
      insert.setLong(1, id);
      insert.setLong(2, documentId);
      insert.setInt(3, position);
      insert.setInt(4, segment.paragraph());
      insert.setString(5, segment.source());
      insert.setString(6, segment.plain());
      insert.setString(7, segment.codes());
      insert.setString(8, segment.sourceSha256());
      insert.setInt(9, segment.words());
      insert.setInt(10, versionAdded);
      insert.setInt(11, segment.isProtected() ? 1 : 0);
      setLong(insert, 12, replaces);
      setLong(insert, 13, repeatOf);
      insert.addBatch();
      if (++pending >= BATCH) flush();
    }

    /**
     * Gives a kept segment its place in the new version, and its plain text, codes, word count and
     * protection as this version cut them (batched; applied after the queued inserts).
     */
    public void move(long id, int position, int paragraph, Long repeatOf, String plain, String codes, int words,
        boolean isProtected) throws SQLException {
      if (moves == null) {
        moves = connection.prepareStatement("UPDATE segment SET position = ?, paragraph = ?, repeat_of = ?, plain = ?, codes = ?,"
            + " words = ?, protected = ? WHERE id = ?");
      }
      moves.setInt(1, position);
      moves.setInt(2, paragraph);
      setLong(moves, 3, repeatOf);
      moves.setString(4, plain);
      moves.setString(5, codes);
      moves.setInt(6, words);
      moves.setInt(7, isProtected ? 1 : 0);
      moves.setLong(8, id);
      moves.addBatch();
      pendingMoves++;
    }

    /** Marks segments the new version no longer has as inactive. */
    public void drop(List<Long> ids, int version) throws SQLException {
      flush();
      try (PreparedStatement s = connection.prepareStatement("UPDATE segment SET active = 0, version_dropped = ? WHERE id = ?")) {
        for (long id : ids) {
          s.setInt(1, version);
          s.setLong(2, id);
          s.addBatch();
        }
        s.executeBatch();
      }
    }

    /**
     * Copies the translations of a changed segment's old version to its replacement as
     * needs-update, keeping the source each target was made for (the old source, or the one an
     * earlier change already kept: after two edits the translator must see the sentence that was
     * translated, not the one in between), with a history row each (reason "reingest"). A target
     * made for exactly the new source (an edit undone) gets back the state it had for that source
     * instead. Returns how many were marked needs-update.
     */
    public int carryOver(long oldId, long newId, String oldSource, String newSource, String sourceFile, String sourceSha256)
        throws SQLException {
      flush();
      record Old(String lang, String target, String state, String translator, String madeFor, String newState) {}
      List<Old> old = new ArrayList<>();
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT lang, target, state, translator, previous_source FROM translation WHERE segment_id = ? AND state <> 'new'"
              + " ORDER BY lang")) {
        s.setLong(1, oldId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String state = r.getString(3);
            String madeFor = state.equals("needs-update") && r.getString(5) != null ? r.getString(5) : oldSource;
            old.add(new Old(r.getString(1), r.getString(2), state, r.getString(4), madeFor, "needs-update"));
          }
        }
      }
      for (int k = 0; k < old.size(); k++) {
        Old o = old.get(k);
        if (!o.madeFor().equals(newSource)) continue;
        String before = stateFor(oldId, o.lang(), o.target(), newSource);
        if (before != null) old.set(k, new Old(o.lang(), o.target(), o.state(), o.translator(), null, before));
      }
      int needsUpdate = 0;
      try (PreparedStatement t = connection.prepareStatement(
              "INSERT INTO translation (segment_id, lang, target, state, revision, translator, previous_source, updated_at)"
                  + " VALUES (?, ?, ?, ?, 1, ?, ?, ?)");
          PreparedStatement h = connection.prepareStatement(
              "INSERT INTO history (segment_id, lang, old_target, old_state, new_target, new_state, changed_at, reason,"
                  + " source_file, source_sha256, translator) VALUES (?, ?, ?, ?, ?, ?, ?, 'reingest', ?, ?, ?)")) {
        for (Old o : old) {
          if (o.newState().equals("needs-update")) needsUpdate++;
          t.setLong(1, newId);
          t.setString(2, o.lang());
          t.setString(3, o.target());
          t.setString(4, o.newState());
          t.setString(5, o.translator());
          t.setString(6, o.madeFor());
          t.setString(7, now);
          t.executeUpdate();
          h.setLong(1, newId);
          h.setString(2, o.lang());
          h.setString(3, o.target());
          h.setString(4, o.state());
          h.setString(5, o.target());
          h.setString(6, o.newState());
          h.setString(7, now);
          h.setString(8, sourceFile);
          h.setString(9, sourceSha256);
          h.setString(10, o.translator());
          h.executeUpdate();
        }
      }
      return needsUpdate;
    }

    /**
     * The state a target had on the segment it was made for: the one with source {@code source}
     * among those {@code id} replaces, directly or through earlier changes; null when none holds
     * that target in a state other than needs-update.
     */
    private String stateFor(long id, String lang, String target, String source) throws SQLException {
      try (PreparedStatement up = connection.prepareStatement("SELECT replaces, source FROM segment WHERE id = ?");
          PreparedStatement translation = connection.prepareStatement(
              "SELECT target, state FROM translation WHERE segment_id = ? AND lang = ?")) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Long current = id;
        while (current != null && seen.add(current)) {
          up.setLong(1, current);
          String currentSource;
          Long replaces;
          try (ResultSet r = up.executeQuery()) {
            if (!r.next()) return null;
            long value = r.getLong(1);
            replaces = r.wasNull() ? null : value;
            currentSource = r.getString(2);
          }
          if (currentSource.equals(source)) {
            translation.setLong(1, current);
            translation.setString(2, lang);
            try (ResultSet r = translation.executeQuery()) {
              if (r.next() && r.getString(1).equals(target) && !r.getString(2).equals("needs-update")) return r.getString(2);
            }
          }
          current = replaces;
        }
        return null;
      }
    }

    void flush() throws SQLException {
      if (insert != null && pending > 0) {
        insert.executeBatch();
        pending = 0;
      }
      if (moves != null && pendingMoves > 0) {
        moves.executeBatch();
        pendingMoves = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      if (insert != null) insert.close();
      if (moves != null) moves.close();
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
      if (value == null) s.setNull(index, Types.INTEGER);
      else s.setLong(index, value);
    }
  }
}
