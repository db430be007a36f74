package org.transdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * One INSERT sent as multi-row statements ({@code VALUES (…), (…), …}) of {@link #ROWS} rows.
 * SQLite runs each statement that may break a foreign key inside a statement journal, which
 * copies every page the statement touches: one statement per row, as a JDBC batch sends them,
 * spent about twice the CPU of the inserts themselves on a 10^5-unit import.
 */
final class RowInsert implements AutoCloseable {
  static final int ROWS = 128;

  private final Connection connection;
  private final String head;
  private final String row;
  private final String tail;
  private final int columns;
  private final Object[] values;
  private PreparedStatement full;
  private int rows;

  /**
   * @param head {@code INSERT INTO t (a, b, …) VALUES}
   * @param row one row's values with a {@code ?} per bound column, e.g. {@code (?, ?, NULL, ?)}
   * @param tail what follows the rows (an ON CONFLICT clause), or ""
   */
  RowInsert(Connection connection, String head, String row, String tail) {
    this.connection = connection;
    this.head = head;
    this.row = row;
    this.tail = tail;
    this.columns = (int) row.chars().filter(c -> c == '?').count();
    this.values = new Object[ROWS * columns];
  }

  /** Adds one row (its values in the order of the row's {@code ?}); sends a full statement. */
  void add(Object... row) throws SQLException {
    if (row.length != columns) throw new IllegalArgumentException(row.length + " values for " + columns + " columns");
    System.arraycopy(row, 0, values, rows * columns, columns);
    if (++rows == ROWS) {
      if (full == null) full = connection.prepareStatement(sql(ROWS));
      send(full);
    }
  }

  /** Sends the rows added since the last statement. */
  void flush() throws SQLException {
    if (rows == 0) return;
    try (PreparedStatement rest = connection.prepareStatement(sql(rows))) {
      send(rest);
    }
  }

  private void send(PreparedStatement statement) throws SQLException {
    int n = rows * columns;
    for (int i = 0; i < n; i++) statement.setObject(i + 1, values[i]);
    statement.executeUpdate();
    Arrays.fill(values, 0, n, null);
    rows = 0;
  }

  private String sql(int count) {
    StringBuilder sql = new StringBuilder(head.length() + tail.length() + count * (row.length() + 2) + 2);
    sql.append(head).append(' ');
    for (int i = 0; i < count; i++) sql.append(i == 0 ? "" : ", ").append(row);
    return sql.append(' ').append(tail).toString();
  }

  @Override
  public void close() throws SQLException {
    if (full != null) full.close();
    full = null;
  }
}
