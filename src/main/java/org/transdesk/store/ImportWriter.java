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
 * sent in JDBC batches; {@link #flush} (and the end of the transaction) sends what is pending.
 */
public final class ImportWriter implements AutoCloseable {
  private static final int FLUSH_AT = 1_000;

  private final Connection connection;
  private final String location;
  private final String now = Database.now();
  private final PreparedStatement upsert;
  private final PreparedStatement history;
  private final PreparedStatement held;
  private final PreparedStatement resolve;
  private final PreparedStatement finding;
  private long importId;
  private ImportRecord record;
  private int pending;

  ImportWriter(Connection connection, String location) throws SQLException {
    this.connection = connection;
    this.location = location;
    upsert = connection.prepareStatement("""
        INSERT INTO translation (segment_id, lang, target, state, revision, translator, previous_source, updated_at, import_id)
        VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
        ON CONFLICT (segment_id, lang) DO UPDATE SET target = excluded.target, state = excluded.state,
          revision = excluded.revision, translator = excluded.translator, previous_source = NULL,
          updated_at = excluded.updated_at, import_id = excluded.import_id""");
    history = connection.prepareStatement("""
        INSERT INTO history (segment_id, lang, old_target, old_state, new_target, new_state, changed_at, reason,
          import_id, source_file, source_sha256, translator)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    held = connection.prepareStatement("""
        INSERT INTO held_translation (segment_id, lang, target, state, reason, import_id, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""");
    resolve = connection.prepareStatement("UPDATE finding SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL");
    finding = connection.prepareStatement("""
        INSERT INTO finding (segment_id, lang, rule, severity, message, span, import_id, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
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
      upsert.setLong(1, change.segmentId());
      upsert.setString(2, change.lang());
      upsert.setString(3, change.newTarget());
      upsert.setString(4, change.newState());
      upsert.setInt(5, change.newRevision());
      upsert.setString(6, change.translator());
      upsert.setString(7, now);
      upsert.setLong(8, importId);
      upsert.addBatch();
      history.setLong(1, change.segmentId());
      history.setString(2, change.lang());
      history.setString(3, change.oldTarget());
      history.setString(4, change.oldState());
      history.setString(5, change.newTarget());
      history.setString(6, change.newState());
      history.setString(7, now);
      history.setString(8, change.reason());
      history.setLong(9, importId);
      history.setString(10, record.file());
      history.setString(11, record.sha256());
      history.setString(12, change.translator());
      history.addBatch();
      counted();
    } catch (SQLException e) {
      throw Database.failure(location, "write the translation of segment " + change.segmentId(), e);
    }
  }

  /** Keeps a returned translation that was not applied beside the stored one. */
  public void hold(HeldTranslation translation) {
    started();
    try {
      held.setLong(1, translation.segmentId());
      held.setString(2, translation.lang());
      held.setString(3, translation.target());
      held.setString(4, translation.state());
      held.setString(5, translation.reason());
      held.setLong(6, importId);
      held.setString(7, now);
      held.addBatch();
      counted();
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
      finding.setLong(1, f.segmentId());
      finding.setString(2, f.lang());
      finding.setString(3, f.rule());
      finding.setString(4, f.severity());
      finding.setString(5, f.message());
      finding.setString(6, f.span());
      finding.setLong(7, importId);
      finding.setString(8, now);
      finding.addBatch();
      counted();
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

  /** Sends the pending rows; resolutions go before new findings so a finding found again stays open. */
  public void flush() {
    if (pending == 0) return;
    try {
      upsert.executeBatch();
      history.executeBatch();
      held.executeBatch();
      resolve.executeBatch();
      finding.executeBatch();
      pending = 0;
    } catch (SQLException e) {
      throw Database.failure(location, "write the import of " + (record == null ? "a file" : record.file()), e);
    }
  }

  private void started() {
    if (importId == 0) throw new IllegalStateException("begin() first");
  }

  private void counted() {
    if (++pending >= FLUSH_AT) flush();
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
