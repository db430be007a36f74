package org.transdesk.store;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Hands Flyway the already configured connection; Flyway's close() leaves it open. */
final class SingleConnectionDataSource implements DataSource {
  private final Connection connection;

  SingleConnectionDataSource(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Connection getConnection() {
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) return null;
          try {
            return method.invoke(connection, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String user, String password) {
    return getConnection();
  }

  @Override public PrintWriter getLogWriter() { return null; }

  @Override public void setLogWriter(PrintWriter out) {}

  @Override public void setLoginTimeout(int seconds) {}

  @Override public int getLoginTimeout() { return 0; }

  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(connection)) return type.cast(connection);
    throw new SQLException("not a wrapper of " + type);
  }

  @Override public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(connection);
  }
}
