package org.transdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: translations written straight into the database, and rows read back as text. */
public final class StoreFixture {
  private StoreFixture() {}

  /** Stores a translation as an import would (revision 1). */
  public static void translate(String location, long segmentId, String lang, String target, String state) {
    try (Database database = Database.open(location)) {
      database.inTransaction("translate", c -> {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO translation (segment_id, lang, target, state, translator, updated_at) VALUES (?, ?, ?, ?, 'ann', ?)")) {
          s.setLong(1, segmentId);
          s.setString(2, lang);
          s.setString(3, target);
          s.setString(4, state);
          s.setString(5, Database.now());
          return s.executeUpdate();
        }
      });
    }
  }

  /** Runs one statement (a desk as an older transdesk left it, say). */
  public static void execute(String location, String sql) {
    try (Database database = Database.open(location);
        PreparedStatement s = database.connection().prepareStatement(sql)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of a query, columns joined by "|", nulls as "null". */
  public static List<String> rows(String location, String sql) {
    try (Database database = Database.open(location);
        PreparedStatement s = database.connection().prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<String> rows = new ArrayList<>();
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          if (i > 1) row.append('|');
          row.append(r.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
