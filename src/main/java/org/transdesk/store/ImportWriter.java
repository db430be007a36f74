package org.transdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * Writes one file's import inside the transaction {@link ImportStore#write} opened: the import
 * row, every translation change with its history row, held translations and findings. Rows are
 * sent as multi-row statements ({@link RowInsert}) and resolutions in JDBC batches; {@link #flush}
 * (and the end of the transaction) sends what is pending.
 */
public final class ImportWriter implements AutoCloseable {
  private static final int FLUSH_AT = 1_000;

  private final Connection connection;
  private final String location;
  private final String now = Database.now();
  private final RowInsert upsert;
  private final RowInsert history;
  private final RowInsert held;
  private final PreparedStatement resolve;
  private final RowInsert finding;
  private long importId;
  private ImportRecord record;
  private int pending;

  ImportWriter(Connection connection, String location) throws SQLException {
    this.connection = connection;
    this.location = location;
    upsert = new RowInsert(connection, """
        INSERT INTO translation (segment_id, lang, target, state, revision, translator, previous_source, updated_at, import_id)
        VALUES""", "(?, ?1, ?, ?, ?, ?2, NULL, ?3, ?4)", """
        ON CONFLICT (segment_id, lang) DO UPDATE SET target = excluded.target, state = excluded.state,
          revision = excluded.revision, translator = excluded.translator, previous_source = NULL,
          updated_at = excluded.updated_at, import_id = excluded.import_id""");
    history = new RowInsert(connection, """
        INSERT INTO history (segment_id, lang, old_target, old_state, new_target, new_state, changed_at, reason,
          import_id, source_file, source_sha256, translator)
        VALUES""", "(?, ?1, ?, ?, ?, ?, ?2, ?, ?3, ?4, ?5, ?6)", "");
    held = new RowInsert(connection, """
        INSERT INTO held_translation (segment_id, lang, target, state, reason, import_id, created_at)
        VALUES""", "(?, ?1, ?, ?, ?, ?2, ?3)", "");
    resolve = connection.prepareStatement("UPDATE finding SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL");
    finding = new RowInsert(connection, """
        INSERT INTO finding (segment_id, lang, rule, severity, message, span, import_id, created_at)
        VALUES""", "(?, ?1, ?, ?, ?, ?, ?2, ?3)", "");
  }

  /** The time stamp every row of this import carries. */
  public String now() {
    return now;
  }

  /** Writes the import row (outcome "running" until {@link #finish}) and returns its id. */
  public long begin(ImportRecord record) {
    if (importId != 0) throw new IllegalStateException("import already begun");
    this.record = record;
    try (PreparedStatement s = connection.prepareStatement("""
        INSERT INTO import (file, sha256, imported_at, document_id, lang, export_id, translator, outcome)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'running')""", Statement.RETURN_GENERATED_KEYS)) {
      bindRecord(s, 1, record, now);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        importId = keys.getLong(1);
      }
      return importId;
    } catch (SQLException e) {
      throw Database.failure(location, "record the import of " + record.file(), e);
    }
  }

  public long importId() {
    return importId;
  }

  /** Writes a translation and its history row. */
  public void apply(TranslationChange change) {
    started();
    try {
      upsert.share(change.lang(), change.translator(), now, importId);
      upsert.add(change.segmentId(), change.newTarget(), change.newState(), change.newRevision());
      history.share(change.lang(), now, importId, record.file(), record.sha256(), change.translator());
      history.add(change.segmentId(), change.oldTarget(), change.oldState(), change.newTarget(), change.newState(), change.reason());
    } catch (SQLException e) {
      throw Database.failure(location, "write the translation of segment " + change.segmentId(), e);
    }
  }

  /** Keeps a returned translation that was not applied beside the stored one. */
  public void hold(HeldTranslation translation) {
    started();
    try {
      held.share(translation.lang(), importId, now);
      held.add(translation.segmentId(), translation.target(), translation.state(), translation.reason());
    } catch (SQLException e) {
      throw Database.failure(location, "hold the translation of segment " + translation.segmentId(), e);
    }
  }

  /** Marks an open finding as fixed by this import. */
  public void resolve(long findingId) {
    started();
    try {
      resolve.setString(1, now);
      resolve.setLong(2, findingId);
      resolve.addBatch();
      counted();
    } catch (SQLException e) {
      throw Database.failure(location, "resolve finding " + findingId, e);
    }
  }

  public void add(NewFinding f) {
    started();
    try {
      finding.share(f.lang(), importId, now);
      finding.add(f.segmentId(), f.rule(), f.severity(), f.message(), f.span());
    } catch (SQLException e) {
      throw Database.failure(location, "store a finding of segment " + f.segmentId(), e);
    }
  }

  /** Completes the import row with what the file turned out to be and its counts. */
  public void finish(ImportRecord record, ImportCounts counts, String outcome) {
    started();
    flush();
    try (PreparedStatement s = connection.prepareStatement("""
        UPDATE import SET file = ?, sha256 = ?, imported_at = ?, document_id = ?, lang = ?, export_id = ?, translator = ?,
          applied = ?, unchanged = ?, empty = ?, stale = ?, conflict = ?, protected = ?, invalid = ?, unknown = ?, outcome = ?
        WHERE id = ?""")) {
      bindRecord(s, 1, record, now);
      s.setInt(8, counts.applied());
      s.setInt(9, counts.unchanged());
      s.setInt(10, counts.empty());
      s.setInt(11, counts.stale());
      s.setInt(12, counts.conflict());
      s.setInt(13, counts.isProtected());
      s.setInt(14, counts.invalid());
      s.setInt(15, counts.unknown());
      s.setString(16, outcome);
      s.setLong(17, importId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw Database.failure(location, "record the import of " + record.file(), e);
    }
  }

  /** Sends the pending rows. */
  public void flush() {
    try {
      upsert.flush();
      history.flush();
      held.flush();
      if (pending > 0) resolve.executeBatch();
      pending = 0;
      finding.flush();
    } catch (SQLException e) {
      throw Database.failure(location, "write the import of " + (record == null ? "a file" : record.file()), e);
    }
  }

  private void started() {
    if (importId == 0) throw new IllegalStateException("begin() first");
  }

  private void counted() throws SQLException {
    if (++pending >= FLUSH_AT) {
      resolve.executeBatch();
      pending = 0;
    }
  }

  private static void bindRecord(PreparedStatement s, int first, ImportRecord r, String now) throws SQLException {
    s.setString(first, r.file());
    s.setString(first + 1, r.sha256());
    s.setString(first + 2, now);
    setLong(s, first + 3, r.documentId());
    s.setString(first + 4, r.lang());
    setLong(s, first + 5, r.exportId());
    s.setString(first + 6, r.translator());
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) s.setNull(index, Types.INTEGER);
    else s.setLong(index, value);
  }

  @Override
  public void close() {
    try {
      upsert.close();
      history.close();
      held.close();
      resolve.close();
      finding.close();
    } catch (SQLException e) {
      throw Database.failure(location, "close statements", e);
    }
  }
}
