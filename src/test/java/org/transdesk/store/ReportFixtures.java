package org.transdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** What the report tests need beyond the commands: another process's write in progress. */
public final class ReportFixtures {
  private ReportFixtures() {}

  /**
   * A second connection, as another process's import would hold: a write transaction begun with an
   * uncommitted translation of every segment into de. Close it to roll back.
   */
  public static AutoCloseable writeInProgress(String location) throws SQLException {
    Connection c = DriverManager.getConnection(Database.url(location));
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      s.execute("BEGIN IMMEDIATE");
      s.executeUpdate("INSERT OR REPLACE INTO translation (segment_id, lang, target, state, updated_at)"
          + " SELECT id, 'de', 'x', 'final', 'now' FROM segment");
    }
    return () -> {
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK");
      }
      c.close();
    };
  }
}
