package org.transdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowInsertTest {
  @TempDir Path dir;

  @Test
  void everyRowKeepsTheSharedValuesSetWhenItWasAdded() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rows.db"))) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (n INTEGER, lang TEXT, text TEXT, stamp TEXT, fixed TEXT)");
      }
      int rows = RowInsert.ROWS * 2 + 5;
      try (RowInsert insert = new RowInsert(c, "INSERT INTO t (n, lang, text, stamp, fixed) VALUES", "(?, ?1, ?, ?2, 'x')", "")) {
        for (int n = 0; n < rows; n++) {
          // The language changes part-way through a statement's rows, as it does between <file> elements.
          insert.share(n < 200 ? "de" : "fr", "2026-11-28T12:00:00Z");
          insert.add(n, "text " + n + (n % 7 == 0 ? " 'quoted' ?1" : ""));
        }
        insert.flush();
      }
      List<String> read = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT n, lang, text, stamp, fixed FROM t ORDER BY n")) {
        while (r.next()) read.add(r.getInt(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|" + r.getString(5));
      }
      assertEquals(rows, read.size());
      for (int n = 0; n < rows; n++) {
        assertEquals(n + "|" + (n < 200 ? "de" : "fr") + "|text " + n + (n % 7 == 0 ? " 'quoted' ?1" : "") + "|2026-11-28T12:00:00Z|x",
            read.get(n));
      }
    }
  }

  @Test
  void aRowWithTheWrongNumberOfValuesIsRefused() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rows.db"));
        RowInsert insert = new RowInsert(c, "INSERT INTO t (a, b, c) VALUES", "(?, ?1, ?)", "")) {
      assertEquals("1 values for 2 columns", assertThrows(IllegalArgumentException.class, () -> insert.add(1)).getMessage());
      assertEquals("2 shared values for 1", assertThrows(IllegalArgumentException.class, () -> insert.share("a", "b")).getMessage());
    }
  }
}
