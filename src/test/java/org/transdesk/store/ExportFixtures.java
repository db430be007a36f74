package org.transdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.transdesk.ingest.Fingerprint;

/**
 * Builds desks for export tests: documents under any name (also names ingest would never give),
 * segments in the neutral form with codes, and translations in any state.
 */
public final class ExportFixtures implements AutoCloseable {
  private final Database database;
  private final Connection connection;
  private int position;

  private ExportFixtures(Database database) {
    this.database = database;
    this.connection = database.connection();
  }

  public static ExportFixtures open(String location) {
    return new ExportFixtures(Database.open(location));
  }

  /** A document at version 1 with its target languages. */
  public long document(String name, String format, String sourceLang, String... targets) {
    return run(() -> {
      long id = Rows.insert(connection, "INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
          + " VALUES (?, ?, ?, 1, 'aa', X'00', 'now', 'now')", name, format, sourceLang);
      Rows.insert(connection, "INSERT INTO document_version (document_id, version, source_sha256, ingested_at) VALUES (?, 1, 'aa', 'now')", id);
      for (String target : targets) Rows.insert(connection, "INSERT INTO document_target (document_id, lang) VALUES (?, ?)", id, target);
      position = 0;
      return id;
    });
  }

  /** An active segment at the next position; {@code plain} is the source without tags, unescaped. */
  public long segment(long document, String source, String codes, boolean isProtected) {
    String plain = source.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return run(() -> Rows.insert(connection, "INSERT INTO segment (document_id, position, paragraph, source, plain, codes, source_sha256, words,"
        + " version_added, protected) VALUES (?, ?, 1, ?, ?, ?, ?, 1, 1, ?)",
        document, ++position, source, plain, codes, Fingerprint.of(source), isProtected ? 1 : 0));
  }

  public long segment(long document, String source) {
    return segment(document, source, null, false);
  }

  /** {@code count} active segments "Sentence N." at the next positions, in one transaction. */
  public void segments(long document, int count) {
    database.inTransaction("add segments", c -> {
      for (int i = 1; i <= count; i++) {
        String source = "Sentence " + i + ".";
        Rows.insert(c, "INSERT INTO segment (document_id, position, paragraph, source, plain, source_sha256, words, version_added)"
            + " VALUES (?, ?, 1, ?, ?, ?, 2, 1)", document, ++position, source, source, Fingerprint.of(source));
      }
      return null;
    });
  }

  /** A translation row (and its history row) in any state. */
  public void translation(long segment, String lang, String target, String state, int revision, String previousSource) {
    run(() -> {
      Rows.insert(connection, "INSERT INTO translation (segment_id, lang, target, state, revision, previous_source, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, 'now')", segment, lang, target, state, revision, previousSource);
      return Rows.insert(connection, "INSERT INTO history (segment_id, lang, new_target, new_state, changed_at, reason)"
          + " VALUES (?, ?, ?, ?, 'now', 'import')", segment, lang, target, state);
    });
  }

  /** Changes a translation as an import would: new text, new state, revision bumped. */
  public void retranslate(long segment, String lang, String target, String state) {
    run(() -> {
      Rows.execute(connection, "UPDATE translation SET target = '" + target.replace("'", "''") + "', state = '" + state
          + "', revision = revision + 1 WHERE segment_id = " + segment + " AND lang = '" + lang + "'");
      return 0L;
    });
  }

  /** Translates every n-th active segment into a language (target = source, state translated), in one statement. */
  public void translateEvery(int n, String lang) {
    run(() -> {
      Rows.execute(connection, "INSERT INTO translation (segment_id, lang, target, state, revision, updated_at)"
          + " SELECT id, '" + lang + "', source, 'translated', 1, 'now' FROM segment WHERE active = 1 AND id % " + n + " = 0");
      return 0L;
    });
  }

  /** Drops a segment from the current version, as re-ingest does for a deleted sentence. */
  public void drop(long segment) {
    run(() -> {
      Rows.execute(connection, "UPDATE segment SET active = 0, version_dropped = 1 WHERE id = " + segment);
      return 0L;
    });
  }

  private interface Work {
    long run() throws SQLException;
  }

  private static long run(Work work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
