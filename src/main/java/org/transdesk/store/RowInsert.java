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
 *
 * <p>Values every row repeats (the language, the import's id and time stamp) are shared: written
 * {@code ?1}, {@code ?2}, … in the row, they are bound once per statement instead of once per row.
 * The driver binds every parameter anew on each execution, converting each text to UTF-8 and
 * crossing into native code per value; half of a 10^5-unit import's writing time went to values
 * that were the same in every row.
 */
final class RowInsert implements AutoCloseable {
  static final int ROWS = 128;

  private final Connection connection;
  private final String head;
  private final String row;
  private final String tail;
  private final int columns;
  private final Object[] shared;
  private final Object[] values;
  private PreparedStatement full;
  private int rows;

  /**
   * @param head {@code INSERT INTO t (a, b, …) VALUES}
   * @param row one row's values: {@code ?} for a value of its own, {@code ?1}…{@code ?9} for the
   *     shared values ({@link #share}) in that order, e.g. {@code (?, ?1, NULL, ?)}
   * @param tail what follows the rows (an ON CONFLICT clause), or ""
   */
  RowInsert(Connection connection, String head, String row, String tail) {
    this.connection = connection;
    this.head = head;
    this.row = row;
    this.tail = tail;
    int own = 0;
    int sharedCount = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) != '?') continue;
      if (sharesAt(row, i)) sharedCount = Math.max(sharedCount, row.charAt(i + 1) - '0');
      else own++;
    }
    this.columns = own;
    this.shared = new Object[sharedCount];
    this.values = new Object[ROWS * columns];
  }

  /**
   * Sets the shared values (in the order {@code ?1}, {@code ?2}, …) of the rows added from now on;
   * rows added before with other shared values are sent first.
   */
  void share(Object... values) throws SQLException {
    if (values.length != shared.length) throw new IllegalArgumentException(values.length + " shared values for " + shared.length);
    if (Arrays.equals(values, shared)) return;
    flush();
    System.arraycopy(values, 0, shared, 0, shared.length);
  }

  /** Adds one row (its own values in the order of the row's bare {@code ?}); sends a full statement. */
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
    for (int i = 0; i < shared.length; i++) statement.setObject(i + 1, shared[i]);
    int n = rows * columns;
    for (int i = 0; i < n; i++) statement.setObject(shared.length + i + 1, values[i]);
    statement.executeUpdate();
    Arrays.fill(values, 0, n, null);
    rows = 0;
  }

  /** The statement for {@code count} rows, every parameter numbered: the shared ones first, then each row's own. */
  private String sql(int count) {
    StringBuilder sql = new StringBuilder(head.length() + tail.length() + count * (row.length() + 2 + 5 * columns) + 2);
    sql.append(head).append(' ');
    int parameter = shared.length;
    for (int r = 0; r < count; r++) {
      if (r > 0) sql.append(", ");
      for (int i = 0; i < row.length(); i++) {
        char c = row.charAt(i);
        sql.append(c);
        if (c == '?' && !sharesAt(row, i)) sql.append(++parameter);
      }
    }
    return sql.append(' ').append(tail).toString();
  }

  /** Whether the {@code ?} at {@code i} of the row names a shared value ({@code ?1}…{@code ?9}). */
  private static boolean sharesAt(String row, int i) {
    return i + 1 < row.length() && Character.isDigit(row.charAt(i + 1));
  }

  @Override
  public void close() throws SQLException {
    if (full != null) full.close();
    full = null;
  }
}
