package org.transdesk.store;

import java.sql.SQLException;

/** Databases in a known shape for tests outside the store package (which must not touch JDBC). */
public final class StoreFixtures {
  private StoreFixtures() {}

  /** A sound desk with one document of three segments, the first translated into de. */
  public static void seedSound(String location) {
    try (Database db = Database.open(location)) {
      db.inTransaction("seed", c -> Rows.document(c, "a.txt", 3));
    }
  }

  /** Overwrites the de translation of segment 1 without a history row, as a buggy writer would. */
  public static void overwriteWithoutHistory(String location) {
    try (Database db = Database.open(location)) {
      Rows.execute(db.connection(), "UPDATE translation SET target = 'Überschrieben.' WHERE segment_id = 1");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
