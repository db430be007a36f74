package org.transdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * One desk's database: opened from a path or a JDBC URL, migrated to the current schema on open,
 * SQLite in WAL mode with a busy timeout and foreign keys on. Only the store package sees JDBC.
 */
public final class Database implements AutoCloseable {
  /** How long a writer waits for another process's lock before giving up (ms), unless TRANSDESK_BUSY_TIMEOUT says otherwise. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  /** The environment variable that sets the busy timeout in milliseconds (tests and scripts use a short one). */
  public static final String BUSY_TIMEOUT_ENV = "TRANSDESK_BUSY_TIMEOUT";

  private static volatile int busyTimeoutMs = BUSY_TIMEOUT_MS;

  private final String location;
  private final String url;
  private final Connection connection;

  private Database(String location, String url, Connection connection) {
    this.location = location;
    this.url = url;
    this.connection = connection;
  }

  /** Opens (creating if needed) and migrates the database at a path or JDBC URL. */
  public static Database open(String location) {
    return open(location, true);
  }

  private static Database open(String location, boolean create) {
    String url = url(location);
    if (!location.startsWith("jdbc:")) {
      Path parent = Path.of(location).toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new DeskException(ExitCode.FAILURE, "%s: folder %s does not exist; create it or pass another --db", location, parent);
      }
    }
    try {
      Connection connection = connect(url);
      Database database = new Database(location, url, connection);
      try {
        database.migrate(create);
        database.walMode();
      } catch (RuntimeException | SQLException e) {
        connection.close();
        throw e;
      }
      return database;
    } catch (SQLException e) {
      throw failure(location, "open", e);
    }
  }

  /**
   * Opens an existing database for commands that must not create one (all but init and ingest); a path
   * that names no file is a failure saying so.
   */
  public static Database openExisting(String location) {
    if (!location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(location))) {
      throw new DeskException(ExitCode.FAILURE,
          "%s: no database there; ingest articles first (transdesk ingest) or pass --db PATH or set TRANSDESK_DB", location);
    }
    return open(location, false);
  }

  /** The refusal of a file (an empty one too) or database that holds no transdesk schema, by a command that must not create one. */
  static DeskException notTransdesk(String location, Throwable cause) {
    return new DeskException(ExitCode.FAILURE, cause,
        "%s: not a transdesk database (it has no transdesk schema); ingest articles first or name another --db", location);
  }

  /**
   * Sets the busy timeout of databases opened from now on from {@value #BUSY_TIMEOUT_ENV} in the
   * command's environment (milliseconds, 0 = fail at once); absent means the 30 s default.
   */
  public static void configure(Map<String, String> env) {
    String value = env.get(BUSY_TIMEOUT_ENV);
    if (value == null || value.isBlank()) {
      busyTimeoutMs = BUSY_TIMEOUT_MS;
      return;
    }
    try {
      int ms = Integer.parseInt(value.strip());
      if (ms < 0) throw new NumberFormatException();
      busyTimeoutMs = ms;
    } catch (NumberFormatException e) {
      throw new DeskException(ExitCode.USAGE, "%s=%s is not a number of milliseconds; set it to e.g. 30000 or unset it",
          BUSY_TIMEOUT_ENV, value);
    }
  }

  static int busyTimeoutMs() {
    return busyTimeoutMs;
  }

  static String url(String location) {
    return location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
  }

  private static Connection connect(String url) throws SQLException {
    if (!url.startsWith("jdbc:sqlite:")) return DriverManager.getConnection(url);
    SQLiteConfig config = new SQLiteConfig();
    // WAL is switched on once the file is known to be a desk's (walMode): not in another program's database
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(busyTimeoutMs);
    config.enforceForeignKeys(true);
    // Writers take the lock at BEGIN, so two importers queue instead of failing on upgrade.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Properties properties = config.toProperties();
    return DriverManager.getConnection(url, properties);
  }

  private void migrate(boolean create) throws SQLException {
    if (isCurrent()) return;
    if (isAnotherProgramsDatabase()) {
      throw new DeskException(ExitCode.FAILURE,
          "%s: not a transdesk database (it holds another program's tables and no transdesk schema); name the desk's database with --db",
          location);
    }
    if (!create && url.startsWith("jdbc:sqlite:") && !hasSchemaHistory()) throw notTransdesk(location, null);
    try {
      Flyway.configure()
          .dataSource(new SingleConnectionDataSource(connection))
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      SQLException cause = sqlCause(e);
      if (cause != null) throw failure(location, "bring the database schema up to date", cause);
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot bring the database schema up to date: %s", location, firstLine(e.getMessage()));
    }
  }

  /** Readers never wait for writers; a no-op on a desk already in WAL mode. */
  private void walMode() throws SQLException {
    if (!url.startsWith("jdbc:sqlite:")) return;
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
    }
  }

  /**
   * Whether the database has tables but no schema history: another program's SQLite file, which
   * Flyway would refuse with advice about baselines that means nothing to a desk.
   */
  private boolean isAnotherProgramsDatabase() {
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT"
            + " (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'),"
            + " (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history')")) {
      return rows.next() && rows.getInt(1) > 0 && rows.getInt(2) == 0;
    } catch (SQLException e) {
      return false;   // not SQLite: Flyway decides
    }
  }

  /** Whether Flyway's schema history is there: the database is a desk's, possibly of an older schema. */
  private boolean hasSchemaHistory() throws SQLException {
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
      return rows.next() && rows.getInt(1) > 0;
    }
  }

  /** Skips Flyway's class-path scan when the newest migration is already applied (start-up time matters). */
  private boolean isCurrent() throws SQLException {
    try {
      if (!hasSchemaHistory()) return false;
    } catch (SQLException e) {
      return false;
    }
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery(
            "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
      int version = rows.next() ? rows.getInt(1) : 0;
      refuseNewer(location, version);
      return version >= Migrations.LATEST;
    }
  }

  /**
   * Refuses a database whose schema a newer transdesk brought beyond this one's newest migration:
   * this transdesk would read it wrongly and could write rows the newer schema does not allow
   * (Flyway itself ignores such "future" migrations).
   */
  static void refuseNewer(String location, int version) {
    if (version > Migrations.LATEST) {
      throw new DeskException(ExitCode.FAILURE,
          "%s: the database has schema version %d, newer than this transdesk's %d (a newer transdesk wrote it);"
              + " run the newer transdesk, or work on a backup made before the upgrade",
          location, version, Migrations.LATEST);
    }
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) return sql;
    }
    return null;
  }

  Connection connection() {
    return connection;
  }

  public String location() {
    return location;
  }

  /** Runs work in one transaction: all of it lands or none of it does. */
  public <T> T inTransaction(String action, Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (RuntimeException | SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(location, action, e);
    }
  }

  /** A unit of database work inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Maps a JDBC failure to the one line a user reads, exit code 4. */
  public static DeskException failure(String location, String action, SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      SQLiteErrorCode code = sqlite.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_BUSY || code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED")) {
        return new DeskException(ExitCode.FAILURE, e,
            "%s: database is locked by another process (waited %s) while trying to %s; try again when it has finished"
                + " or wait longer with %s=<milliseconds>",
            location, waited(busyTimeoutMs), action, BUSY_TIMEOUT_ENV);
      }
      if (code.name().startsWith("SQLITE_READONLY")) {
        return new DeskException(ExitCode.FAILURE, e,
            "%s: the database is read-only (%s), cannot %s; make the file and its folder writable or work on a copy",
            location, code.name(), action);
      }
      if (code.name().startsWith("SQLITE_CANTOPEN") || code.name().startsWith("SQLITE_PERM")) {
        return new DeskException(ExitCode.FAILURE, e,
            "%s: cannot open the database file (%s) to %s; check that the file and its folder exist and are writable",
            location, code.name(), action);
      }
      if (code.name().startsWith("SQLITE_FULL")) {
        return new DeskException(ExitCode.FAILURE, e, "%s: disk full (%s) while trying to %s; nothing was written; free space and try again",
            location, code.name(), action);
      }
      if (code.name().startsWith("SQLITE_IOERR")) {
        return new DeskException(ExitCode.FAILURE, e, "%s: disk error (%s) while trying to %s; check the disk and try again",
            location, code.name(), action);
      }
      if (code.name().startsWith("SQLITE_NOTADB") || code.name().startsWith("SQLITE_CORRUPT")) {
        return new DeskException(ExitCode.FAILURE, e, "%s: not a transdesk database or damaged (%s); restore it from a backup",
            location, code.name());
      }
    }
    return new DeskException(ExitCode.FAILURE, e, "%s: database error while trying to %s: %s", location, action, firstLine(e.getMessage()));
  }

  private static String waited(int ms) {
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static String firstLine(String message) {
    if (message == null) return "(no message)";
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Now, in UTC to the millisecond, as stored in every timestamp column: always with three digits
   * of milliseconds ("…T10:15:30.000Z"), so that timestamps compare as text in time order
   * ({@code Instant.toString()} drops a zero fraction, and "…30Z" sorts after "…30.500Z").
   */
  public static String now() {
    return timestamp(Instant.now());
  }

  /** An instant as a timestamp column holds it (see {@link #now}). */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure(location, "close", e);
    }
  }

  String url() {
    return url;
  }
}
