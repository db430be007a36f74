package org.transdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Test helper: every row of every table as text, to show that a refused command wrote nothing. */
public final class DatabaseDump {
  private DatabaseDump() {}

  /** All tables (Flyway's history included), each row in rowid order, columns by name. */
  public static String of(String location) {
    try (Database database = Database.open(location)) {
      return of(database.connection());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String of(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (r.next()) tables.add(r.getString(1));
    }
    StringBuilder out = new StringBuilder();
    for (String table : tables) {
      out.append("== ").append(table).append('\n');
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
        ResultSetMetaData meta = r.getMetaData();
        while (r.next()) {
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (i > 1) out.append(" | ");
            Object value = r.getObject(i);
            out.append(meta.getColumnName(i)).append('=')
                .append(value instanceof byte[] bytes ? "x'" + HexFormat.of().formatHex(bytes) + "'" : String.valueOf(value));
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }
}
