package org.transdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * The read-only aggregate queries behind {@code transdesk report}. It opens its own read-only
 * connection with {@code query_only} on, so a report can never change the database, and reads in
 * one read transaction: in WAL mode a consistent snapshot while an import writes. Segments and
 * words by state come from the running totals the triggers of V3__report_counts.sql keep, the
 * other numbers from GROUP BY queries over indexes (V2__report_indexes.sql), never from a loop
 * over segments.
 */
public final class ReportStore implements AutoCloseable {
  /** Translation states in the order reports show them; a segment without a translation row is "new". */
  public static final List<String> STATES = List.of("new", "translated", "reviewed", "final", "needs-update");

  /** The states that count as untranslated. */
  public static final Set<String> UNTRANSLATED = Set.of("new", "needs-update");

  /** Finding severities, most serious first. */
  public static final List<String> SEVERITIES = List.of("error", "warning", "info");

  private static final List<String> RECORDED = List.of("translated", "reviewed", "final", "needs-update");

  private final String location;
  private final Connection connection;

  private ReportStore(String location, Connection connection) {
    this.location = location;
    this.connection = connection;
  }

  /** What to report: document names and target languages; an empty list means all of them. */
  public record Scope(List<String> documents, List<String> languages) {
    public Scope {
      documents = List.copyOf(new LinkedHashSet<>(documents));
      languages = List.copyOf(new LinkedHashSet<>(languages));
    }

    public static Scope all() {
      return new Scope(List.of(), List.of());
    }
  }

  /** One document and one of its target languages: a line of the report. */
  public record Target(long documentId, String document, String lang) {
    public Target {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(lang, "lang");
    }
  }

  /** A number of segments and their words. */
  public record Counts(long segments, long words) {
    public static final Counts ZERO = new Counts(0, 0);

    public Counts plus(Counts other) {
      return new Counts(segments + other.segments, words + other.words);
    }

    public Counts minus(Counts other) {
      return new Counts(segments - other.segments, words - other.words);
    }
  }

  /**
   * The raw numbers of one target. {@code translatable}: active segments that are not protected;
   * {@code states}: those by state, every state of {@link #STATES} present, in that order;
   * {@code repetitions}: translatable segments whose source repeats an earlier active segment of the
   * document; {@code lastImport}: the newest import for the document and language, or null;
   * {@code openFindings}: unresolved findings on active segments, by severity of {@link #SEVERITIES}.
   */
  public record Figures(
      Target target,
      Counts translatable,
      Counts protectedSegments,
      Map<String, Counts> states,
      Counts repetitions,
      String lastImport,
      Map<String, Long> openFindings) {
    public Figures {
      states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
      openFindings = Collections.unmodifiableMap(new LinkedHashMap<>(openFindings));
    }
  }

  /** One segment of the untranslated (or otherwise selected) list; {@code source} is its plain text. */
  public record Segment(String document, String lang, long id, int position, String state, long words, String source) {}

  /** One open finding on an active segment. */
  public record Finding(String document, String lang, long segment, String severity, String rule, String message,
      String span, String createdAt) {}

  /**
   * Opens the database at a path or JDBC URL for reading only. A database whose schema is older
   * than this transdesk is first brought up to date, as every command does; nothing else is written.
   */
  public static ReportStore open(String location) {
    String url = Database.url(location);
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    if (sqlite && !location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(location))) {
      throw new DeskException(ExitCode.FAILURE,
          "%s: no database there; ingest articles first (transdesk ingest) or pass --db PATH or set TRANSDESK_DB", location);
    }
    try {
      Connection connection = connect(url, sqlite);
      int version = schemaVersion(location, connection);
      if (version > Migrations.LATEST) connection.close();
      Database.refuseNewer(location, version);
      if (version < Migrations.LATEST) {
        connection.close();
        Database.open(location).close();
        connection = connect(url, sqlite);
      }
      // One read transaction from here to close: the numbers and the lists are one snapshot, and in
      // WAL mode an import that commits meanwhile neither waits for the report nor shows in it.
      connection.setAutoCommit(false);
      return new ReportStore(location, connection);
    } catch (SQLException e) {
      throw Database.failure(location, "open the database for a report", e);
    }
  }

  private static Connection connect(String url, boolean sqlite) throws SQLException {
    if (!sqlite) {
      Connection connection = DriverManager.getConnection(url);
      connection.setReadOnly(true);
      return connection;
    }
    SQLiteConfig config = new SQLiteConfig();
    // Not opened read-only: SQLite cannot remove the -wal and -shm files when the last connection to
    // a WAL database is read-only, and they would stay beside the desk after every report.
    config.setBusyTimeout(Database.busyTimeoutMs());
    Connection connection = DriverManager.getConnection(url, config.toProperties());
    try (Statement statement = connection.createStatement()) {
      // Every statement that would write fails with SQLITE_READONLY.
      statement.execute("PRAGMA query_only = 1");
    }
    return connection;
  }

  private static int schemaVersion(String location, Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
      return rows.next() ? rows.getInt(1) : 0;
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        throw Database.notTransdesk(location, e);
      }
      throw e;
    }
  }

  /**
   * The documents and languages a report covers, by document name and language. Throws a usage
   * error naming a document that is not in the database or a language no selected document targets.
   */
  public List<Target> targets(Scope scope) {
    try {
      List<String> missing = new ArrayList<>(scope.documents());
      if (!missing.isEmpty()) {
        try (PreparedStatement s = connection.prepareStatement(
            "SELECT name FROM document WHERE name IN (" + marks(missing.size()) + ")")) {
          bind(s, 1, missing);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) missing.remove(rows.getString(1));
          }
        }
        if (!missing.isEmpty()) {
          throw new DeskException(ExitCode.USAGE,
              "no document named '%s' in %s; give a name as ingested (transdesk status lists them)", missing.get(0), location);
        }
      }
      List<Target> targets = new ArrayList<>();
      Filter filter = new Filter(scope, "d.id", "dt.lang");
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT d.id, d.name, dt.lang FROM document d JOIN document_target dt ON dt.document_id = d.id"
              + " WHERE 1 = 1" + filter.sql() + " ORDER BY d.name, dt.lang")) {
        filter.bind(s, 1);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) targets.add(new Target(rows.getLong(1), rows.getString(2), rows.getString(3)));
        }
      }
      for (String lang : scope.languages()) {
        if (targets.stream().noneMatch(t -> t.lang().equals(lang))) {
          throw new DeskException(ExitCode.USAGE, "no %s is to be translated into %s; its target languages: %s",
              scope.documents().isEmpty() ? "document" : "selected document", lang, String.join(", ", languages(scope)));
        }
      }
      return targets;
    } catch (SQLException e) {
      throw Database.failure(location, "read the documents to report", e);
    }
  }

  private List<String> languages(Scope scope) throws SQLException {
    Filter filter = new Filter(new Scope(scope.documents(), List.of()), "d.id", "dt.lang");
    Set<String> languages = new TreeSet<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT DISTINCT dt.lang FROM document d JOIN document_target dt ON dt.document_id = d.id WHERE 1 = 1" + filter.sql())) {
      filter.bind(s, 1);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) languages.add(rows.getString(1));
      }
    }
    return languages.isEmpty() ? List.of("none") : List.copyOf(languages);
  }

  /**
   * The numbers of every target in the scope, in document name and language order. Segments and
   * words by state come from the running totals of V3__report_counts.sql (a few rows per document
   * and language, kept by triggers on every write); the rest from small aggregate queries. All of
   * it, and the lists read after it, come from one read transaction: one consistent snapshot.
   */
  public List<Figures> figures(Scope scope) {
    List<Target> targets = targets(scope);
    try {
      Map<Long, Counts> translatable = new HashMap<>();
      Map<Long, Counts> protectedSegments = new HashMap<>();
      Map<Key, Map<String, Counts>> recorded = new HashMap<>();
      Map<Long, Counts> repetitions = new HashMap<>();
      Map<Key, String> lastImport = new HashMap<>();
      Map<Key, Map<String, Long>> findings = new HashMap<>();

      Filter documents = new Filter(scope, "c.document_id", null);
      query("SELECT c.document_id, c.segments, c.words, c.protected_segments, c.protected_words FROM report_document_count c"
          + " WHERE 1 = 1" + documents.sql(), documents, rows -> {
            translatable.put(rows.getLong(1), new Counts(rows.getLong(2), rows.getLong(3)));
            protectedSegments.put(rows.getLong(1), new Counts(rows.getLong(4), rows.getLong(5)));
          });

      Filter states = new Filter(scope, "c.document_id", "c.lang");
      query(stateCountsSql(states), states, rows -> {
        Map<String, Counts> byState = new HashMap<>();
        for (int i = 0; i < RECORDED.size(); i++) byState.put(RECORDED.get(i), new Counts(rows.getLong(3 + 2 * i), rows.getLong(4 + 2 * i)));
        recorded.put(new Key(rows.getLong(1), rows.getString(2)), byState);
      });

      Filter repeats = new Filter(scope, "s.document_id", null);
      // Ingest points repeat_of at the first segment of the current version with the same
      // normalized source, so these are exactly the repeats among active segments.
      query("SELECT s.document_id, count(*), sum(s.words) FROM segment s"
          + " WHERE s.repeat_of IS NOT NULL AND s.active = 1 AND s.protected = 0" + repeats.sql()
          + " GROUP BY s.document_id", repeats, rows -> repetitions.put(rows.getLong(1), new Counts(rows.getLong(2), rows.getLong(3))));

      Filter imports = new Filter(scope, "i.document_id", "i.lang");
      query("SELECT i.document_id, i.lang, max(i.imported_at) FROM import i"
          + " WHERE i.document_id IS NOT NULL" + imports.sql() + " GROUP BY i.document_id, i.lang", imports,
          rows -> lastImport.put(new Key(rows.getLong(1), rows.getString(2)), rows.getString(3)));
      spanningImports(scope, lastImport);

      Filter open = new Filter(scope, "s.document_id", "f.lang");
      query(openFindingsSql(open), open,
          rows -> findings.computeIfAbsent(new Key(rows.getLong(1), rows.getString(2)), k -> new HashMap<>())
              .put(rows.getString(3), rows.getLong(4)));

      List<Figures> figures = new ArrayList<>(targets.size());
      for (Target target : targets) {
        Key key = new Key(target.documentId(), target.lang());
        Counts all = translatable.getOrDefault(target.documentId(), Counts.ZERO);
        Map<String, Counts> found = recorded.getOrDefault(key, Map.of());
        Map<String, Counts> byState = new LinkedHashMap<>();
        Counts withRow = Counts.ZERO;
        for (String state : RECORDED) withRow = withRow.plus(found.getOrDefault(state, Counts.ZERO));
        // No translation row, or a row in state "new", is new.
        for (String state : STATES) byState.put(state, state.equals("new") ? all.minus(withRow) : found.getOrDefault(state, Counts.ZERO));
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (String severity : SEVERITIES) bySeverity.put(severity, findings.getOrDefault(key, Map.of()).getOrDefault(severity, 0L));
        figures.add(new Figures(target, all, protectedSegments.getOrDefault(target.documentId(), Counts.ZERO), byState,
            repetitions.getOrDefault(target.documentId(), Counts.ZERO), lastImport.get(key), bySeverity));
      }
      return figures;
    } catch (SQLException e) {
      throw Database.failure(location, "count segments for the report", e);
    }
  }

  /**
   * Streams the active, unprotected segments in the given states (a segment without translation is
   * "new"), by document name, language and position: one row per segment and language.
   */
  public void segments(Scope scope, Collection<String> states, Consumer<Segment> each) {
    Filter filter = new Filter(scope, "d.id", "dt.lang");
    String sql = SEGMENTS + " WHERE coalesce(t.state, 'new') IN (" + marks(states.size()) + ")" + filter.sql()
        + " ORDER BY d.name, dt.lang, s.position";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      int next = bind(s, 1, List.copyOf(states));
      filter.bind(s, next);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) each.accept(segment(rows));
      }
    } catch (SQLException e) {
      throw Database.failure(location, "list segments for the report", e);
    }
  }

  /**
   * The first {@code limit} segments in the given states of each of several targets, by position:
   * one statement for all of them (a correlated subquery with LIMIT picks each target's segments in
   * index order), so a report of thousands of documents does not pay a round trip per document.
   * Every target is a key of the result, in the order given.
   */
  public Map<Target, List<Segment>> firstSegments(List<Target> targets, Collection<String> states, int limit) {
    Map<Target, List<Segment>> segments = new LinkedHashMap<>();
    Map<Key, List<Segment>> byKey = new HashMap<>();
    for (Target target : targets) {
      List<Segment> list = new ArrayList<>();
      segments.put(target, list);
      byKey.put(new Key(target.documentId(), target.lang()), list);
    }
    if (targets.isEmpty()) return segments;
    try (PreparedStatement s = connection.prepareStatement(firstSegmentsSql(states.size(), targets.size()))) {
      int next = bind(s, 1, List.copyOf(states));
      s.setInt(next++, limit);
      for (Target target : targets) {
        s.setLong(next++, target.documentId());
        s.setString(next++, target.lang());
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) byKey.get(new Key(rows.getLong(8), rows.getString(2))).add(segment(rows));
      }
    } catch (SQLException e) {
      throw Database.failure(location, "list segments for the report", e);
    }
    for (List<Segment> list : segments.values()) list.sort(Comparator.comparingInt(Segment::position));
    return segments;
  }

  /** The running totals of recorded states, one row per document and language: segments and words of each of {@link #RECORDED}. */
  static String stateCountsSql(Filter states) {
    StringBuilder sql = new StringBuilder("SELECT c.document_id, c.lang");
    for (String state : RECORDED) {
      sql.append(", coalesce(sum(c.segments) FILTER (WHERE c.state = '").append(state).append("'), 0)")
          .append(", coalesce(sum(c.words) FILTER (WHERE c.state = '").append(state).append("'), 0)");
    }
    return sql.append(" FROM report_state_count c WHERE 1 = 1").append(states.sql()).append(" GROUP BY c.document_id, c.lang").toString();
  }

  /** Open findings on active segments per document, language and severity: the finding_report index, then each segment. */
  static String openFindingsSql(Filter open) {
    return "SELECT s.document_id, f.lang, f.severity, count(*) FROM finding f JOIN segment s ON s.id = f.segment_id"
        + " WHERE f.resolved_at IS NULL AND s.active = 1" + open.sql() + " GROUP BY s.document_id, f.lang, f.severity";
  }

  /** Parameters: the states, the limit, then document id and language of each target. */
  static String firstSegmentsSql(int states, int targets) {
    return "SELECT d.name, dt.lang, s.id, s.position, coalesce(t.state, 'new'), s.words, s.plain, d.id"
        + " FROM document_target dt JOIN document d ON d.id = dt.document_id"
        + " JOIN segment s ON s.id IN (SELECT f.id FROM segment f"
        + " LEFT JOIN translation ft ON ft.segment_id = f.id AND ft.lang = dt.lang AND ft.state >= ''"
        + " WHERE f.document_id = dt.document_id AND f.active = 1 AND f.protected = 0"
        + " AND coalesce(ft.state, 'new') IN (" + marks(states) + ") ORDER BY f.position LIMIT ?)"
        + " LEFT JOIN translation t ON t.segment_id = s.id AND t.lang = dt.lang AND t.state >= ''"
        + " WHERE (dt.document_id, dt.lang) IN (VALUES " + String.join(", ", Collections.nCopies(targets, "(?, ?)")) + ")";
  }

  /** "t.state >= ''" lets the covering translation_report index win over the primary key, which would read the target text. */
  private static final String SEGMENTS =
      "SELECT d.name, dt.lang, s.id, s.position, coalesce(t.state, 'new'), s.words, s.plain"
          + " FROM document d JOIN document_target dt ON dt.document_id = d.id"
          + " JOIN segment s ON s.document_id = d.id AND s.active = 1 AND s.protected = 0"
          + " LEFT JOIN translation t ON t.segment_id = s.id AND t.lang = dt.lang AND t.state >= ''";

  private static Segment segment(ResultSet rows) throws SQLException {
    return new Segment(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getInt(4), rows.getString(5),
        rows.getLong(6), rows.getString(7));
  }

  /** Streams the open findings on active segments, by document, language, severity and position. */
  public void findings(Scope scope, Consumer<Finding> each) {
    Filter filter = new Filter(scope, "d.id", "f.lang");
    String sql = "SELECT d.name, f.lang, f.segment_id, f.severity, f.rule, f.message, f.span, f.created_at"
        + " FROM finding f JOIN segment s ON s.id = f.segment_id JOIN document d ON d.id = s.document_id"
        + " JOIN document_target dt ON dt.document_id = d.id AND dt.lang = f.lang"
        + " WHERE f.resolved_at IS NULL AND s.active = 1" + filter.sql()
        + " ORDER BY d.name, f.lang, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, s.position, f.id";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      filter.bind(s, 1);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          each.accept(new Finding(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4), rows.getString(5),
              rows.getString(6), rows.getString(7), rows.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw Database.failure(location, "list findings for the report", e);
    }
  }

  private interface Rows {
    void accept(ResultSet rows) throws SQLException;
  }

  /**
   * Imports of a file that spanned several documents or languages (an XLIFF file with a {@code <file>}
   * per article): their row names no document, so the documents and languages they wrote come from
   * their history rows. One pass over history, made only when the desk has such an import.
   */
  private void spanningImports(Scope scope, Map<Key, String> lastImport) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet any = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM import WHERE document_id IS NULL)")) {
      if (!any.next() || any.getInt(1) == 0) return;
    }
    Filter spanning = new Filter(scope, "s.document_id", "h.lang");
    query("SELECT s.document_id, h.lang, max(i.imported_at) FROM history h CROSS JOIN import i CROSS JOIN segment s"
        + " WHERE i.id = h.import_id AND i.document_id IS NULL AND s.id = h.segment_id" + spanning.sql()
        + " GROUP BY s.document_id, h.lang", spanning,
        rows -> lastImport.merge(new Key(rows.getLong(1), rows.getString(2)), rows.getString(3),
            (a, b) -> a.compareTo(b) >= 0 ? a : b));
  }

  private void query(String sql, Filter filter, Rows each) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      filter.bind(s, 1);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) each.accept(rows);
      }
    }
  }

  /** The WHERE conditions for a scope: documents by name (through their ids) and languages. */
  record Filter(Scope scope, String documentColumn, String langColumn) {
    String sql() {
      StringBuilder sql = new StringBuilder();
      if (!scope.documents().isEmpty()) {
        sql.append(" AND ").append(documentColumn).append(" IN (SELECT id FROM document WHERE name IN (")
            .append(marks(scope.documents().size())).append("))");
      }
      if (langColumn != null && !scope.languages().isEmpty()) {
        sql.append(" AND ").append(langColumn).append(" IN (").append(marks(scope.languages().size())).append(')');
      }
      return sql.toString();
    }

    int bind(PreparedStatement statement, int first) throws SQLException {
      int next = ReportStore.bind(statement, first, scope.documents());
      return langColumn == null ? next : ReportStore.bind(statement, next, scope.languages());
    }
  }

  private record Key(long documentId, String lang) {}

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static int bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
    int index = first;
    for (String value : values) statement.setString(index++, value);
    return index;
  }

  @Override
  public void close() {
    try {
      connection.rollback();
      connection.close();
    } catch (SQLException e) {
      throw Database.failure(location, "close", e);
    }
  }
}
