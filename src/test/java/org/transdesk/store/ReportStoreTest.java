package org.transdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.store.ReportStore.Counts;
import org.transdesk.store.ReportStore.Figures;
import org.transdesk.store.ReportStore.Scope;

class ReportStoreTest {
  @TempDir Path dir;

  /** The bench desk at 4,000 segments: four documents of 1,000. */
  private String desk() {
    String db = dir.resolve("bench.db").toString();
    ReportBenchData.build(db, 4_000);
    return db;
  }

  @Test
  void countsEachDocumentAndLanguageAsTheBenchDeskWasWritten() {
    try (ReportStore store = ReportStore.open(desk())) {
      List<Figures> figures = store.figures(Scope.all());
      assertEquals(8, figures.size());
      for (Figures line : figures) {
        int document = Integer.parseInt(line.target().document().substring(9, 14));
        assertEquals(expected(document, line.target().lang()), line, line.target().toString());
      }
    }
  }

  /** What ReportBenchData wrote for one document, counted one segment at a time in Java. */
  private static Figures expected(int document, String lang) {
    Counts translatable = Counts.ZERO;
    Counts protectedSegments = Counts.ZERO;
    Counts repetitions = Counts.ZERO;
    java.util.Map<String, Counts> states = new java.util.LinkedHashMap<>();
    ReportStore.STATES.forEach(state -> states.put(state, Counts.ZERO));
    for (int i = (document - 1) * 1000 + 1; i <= document * 1000; i++) {
      if (i % 50 == 7) continue;
      Counts one = new Counts(1, 5 + i % 26);
      if (i % 100 == 3) {
        protectedSegments = protectedSegments.plus(one);
        continue;
      }
      translatable = translatable.plus(one);
      if (i % 20 == 0) repetitions = repetitions.plus(one);
      String state;
      if (lang.equals("de")) {
        state = i % 5 == 4 ? "new" : switch (i % 20) {
          case 0 -> "needs-update";
          case 1, 2 -> "reviewed";
          case 3 -> "final";
          default -> "translated";
        };
      } else {
        state = i % 5 > 1 ? "new" : i % 10 == 0 ? "reviewed" : "translated";
      }
      states.merge(state, one, Counts::plus);
    }
    java.util.Map<String, Long> findings = new java.util.LinkedHashMap<>();
    ReportStore.SEVERITIES.forEach(severity -> findings.put(severity, 0L));
    for (int i = (document - 1) * 1000 + 1; i <= document * 1000; i++) {
      boolean translated = i % 50 != 7 && i % 100 != 3 && (lang.equals("de") ? i % 5 != 4 : i % 5 <= 1);
      if (translated && i % 100 == 11 && i % 200 >= 100) {
        findings.merge(ReportStore.SEVERITIES.get(i % 3 == 0 ? 0 : i % 3 == 1 ? 1 : 2), 1L, Long::sum);
      }
    }
    String lastImport = String.format("2025-01-%02dT10:00:00.000Z", Math.max((document + 1) % 28 + 1, (document + 2) % 28 + 1));
    return new Figures(new ReportStore.Target(document, String.format("articles/%05d-desk-story.txt", document), lang),
        translatable, protectedSegments, states, repetitions, lastImport, findings);
  }

  @Test
  void countsAreKeptByTriggersAndListsReadCoveringIndexesInOrder() throws SQLException {
    String db = desk();
    try (Database database = Database.open(db)) {
      assertEquals(List.of(
          "SEARCH dt USING COVERING INDEX sqlite_autoindex_document_target_1 (document_id=? AND lang=?)",
          "LIST SUBQUERY 5",
          "SCAN 2-ROW VALUES CLAUSE",
          "SEARCH d USING INTEGER PRIMARY KEY (rowid=?)",
          "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)",
          "CORRELATED LIST SUBQUERY 1",
          "SEARCH f USING COVERING INDEX segment_report (document_id=? AND active=? AND protected=?)",
          "SEARCH ft USING COVERING INDEX translation_report (segment_id=? AND lang=? AND state>?) LEFT-JOIN",
          "SEARCH t USING COVERING INDEX translation_report (segment_id=? AND lang=? AND state>?) LEFT-JOIN"),
          plan(database.connection(), ReportStore.firstSegmentsSql(2, 2)
              .replaceFirst("\\(\\?, \\?\\)", "('new', 'needs-update')").replace("LIMIT ?", "LIMIT 5")
              .replace("(?, ?), (?, ?)", "(1, 'de'), (2, 'fr')")));
      ReportStore.Filter all = new ReportStore.Filter(Scope.all(), "s.document_id", "f.lang");
      assertEquals(List.of(
          "SCAN f USING COVERING INDEX finding_report",
          "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)",
          "USE TEMP B-TREE FOR GROUP BY"),
          plan(database.connection(), ReportStore.openFindingsSql(all)));
    }
  }

  private static List<String> plan(Connection connection, String sql) throws SQLException {
    List<String> steps = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
      while (rows.next()) steps.add(rows.getString(4));
    }
    return steps;
  }

  @Test
  void theReportConnectionCannotWrite() throws Exception {
    String db = desk();
    try (ReportStore store = ReportStore.open(db)) {
      java.lang.reflect.Field field = ReportStore.class.getDeclaredField("connection");
      field.setAccessible(true);
      Connection connection = (Connection) field.get(store);
      SQLException e = assertThrows(SQLException.class, () -> {
        try (Statement s = connection.createStatement()) {
          s.executeUpdate("DELETE FROM translation");
        }
      });
      assertEquals(true, e.getMessage().contains("readonly") || e.getMessage().contains("read-only") || e.getMessage().contains("query_only"),
          e.getMessage());
    }
  }

  @Test
  void aFileThatIsNotATransdeskDatabaseIsRefused() throws Exception {
    Path other = dir.resolve("other.db");
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE notes (text TEXT)");
    }
    DeskException e = assertThrows(DeskException.class, () -> ReportStore.open(other.toString()));
    assertEquals(ExitCode.FAILURE, e.exitCode());
    assertEquals(other + ": not a transdesk database (it has no transdesk schema); ingest articles first or name another --db",
        e.getMessage());
  }
}
