package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/**
 * The running totals `transdesk report` reads (V3__report_counts.sql, kept by triggers) must equal
 * a fresh count of segments and translations after everything the real commands do to a desk:
 * ingest, imports that add and change translations, a re-import, re-ingests that drop, change and
 * add sentences, an import over final translations, a language added later.
 */
class ReportCountsTest {
  @TempDir Path dir;

  private static final String A_V1 = """
      Talks resume in Geneva.

      The envoy met the minister on Monday. The talks lasted 3 hours. The envoy met the minister on Monday.

      https://example.org/talks

      Officials said a statement would follow. Nothing was signed.
      """;
  private static final String A_V2 = """
      Talks resume in Geneva on Tuesday.

      The envoy met the minister on Monday. The talks lasted 3 hours.

      https://example.org/talks

      A new paragraph says more. It has two sentences.
      """;
  private static final String B = """
      Second story.

      One more sentence here.
      """;

  @Test
  void runningTotalsEqualAFreshCountAfterEveryCommand() throws Exception {
    Path db = dir.resolve("desk.db");
    Path a = write("a.txt", A_V1);
    Path b = write("b.txt", B);

    must(db, "ingest", "--targets", "de,fr", a.toString(), b.toString());
    assertMatchesFreshCount(db, "after the first ingest");

    importAll(db, a, "de", "translated", "de-1.xlf");
    assertMatchesFreshCount(db, "after importing de");
    assertTrue(stateCount(db, "de", "translated") > 0, "the import is counted");

    importAll(db, a, "fr", "signed-off", "fr-1.xlf");
    importAll(db, b, "fr", "translated", "fr-b.xlf");
    assertMatchesFreshCount(db, "after importing fr");

    importAll(db, a, "de", "translated", "de-1-again.xlf");
    importAll(db, a, "de", "final", "de-2.xlf");
    assertMatchesFreshCount(db, "after changing de to final");
    assertEquals(0, stateCount(db, "de", "translated"), "every de translation of a.txt moved to final");

    write("a.txt", A_V2);
    must(db, "ingest", a.toString());
    assertMatchesFreshCount(db, "after a re-ingest that drops, changes and adds sentences");
    assertTrue(stateCount(db, "de", "needs-update") > 0, "the changed sentence carries its translation as needs-update");

    importAll(db, a, "de", "translated", "de-3.xlf");
    assertMatchesFreshCount(db, "after an import that final translations refuse");
    importAll(db, a, "de", "reviewed", "de-4.xlf", "--overwrite-final");
    assertMatchesFreshCount(db, "after overwriting final translations");

    must(db, "ingest", "--targets", "it", b.toString());
    importAll(db, b, "it", "translated", "it-b.xlf");
    assertMatchesFreshCount(db, "after adding a language");

    write("a.txt", A_V1);
    must(db, "ingest", a.toString());
    write("b.txt", "Second story.\n");
    must(db, "ingest", b.toString());
    assertMatchesFreshCount(db, "after re-ingesting the first version and shortening b.txt");
  }

  /** Compares both tables with the same numbers counted from segment and translation. */
  private static void assertMatchesFreshCount(Path db, String when) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertEquals(
          rows(c, "SELECT document_id, sum(1 - protected), sum((1 - protected) * words), sum(protected), sum(protected * words)"
              + " FROM segment WHERE active = 1 GROUP BY document_id ORDER BY document_id"),
          rows(c, "SELECT document_id, segments, words, protected_segments, protected_words FROM report_document_count"
              + " WHERE segments <> 0 OR words <> 0 OR protected_segments <> 0 OR protected_words <> 0 ORDER BY document_id"),
          "active segments per document " + when);
      assertEquals(
          rows(c, "SELECT s.document_id, t.lang, t.state, count(*), sum(s.words) FROM translation t JOIN segment s ON s.id = t.segment_id"
              + " WHERE s.active = 1 AND s.protected = 0 GROUP BY s.document_id, t.lang, t.state ORDER BY 1, 2, 3"),
          rows(c, "SELECT document_id, lang, state, segments, words FROM report_state_count"
              + " WHERE segments <> 0 OR words <> 0 ORDER BY 1, 2, 3"),
          "translations per document, language and state " + when);
    }
  }

  private static long stateCount(Path db, String lang, String state) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(sum(segments), 0) FROM report_state_count WHERE lang = '" + lang
            + "' AND state = '" + state + "' AND document_id = (SELECT id FROM document WHERE name LIKE '%a.txt')")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) row.append(i > 1 ? "|" : "").append(r.getString(i));
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /**
   * Imports a returned XLIFF 1.2 file with a translation in the given state for every active
   * segment of the document (protected ones included: import holds those back).
   */
  private void importAll(Path db, Path document, String lang, String state, String file, String... options)
      throws SQLException, IOException {
    StringBuilder units = new StringBuilder();
    Set<String> seen = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT s.id, s.source, coalesce(t.revision, 0) FROM segment s"
            + " JOIN document d ON d.id = s.document_id LEFT JOIN translation t ON t.segment_id = s.id AND t.lang = '" + lang + "'"
            + " WHERE d.name = '" + document + "' AND s.active = 1 ORDER BY s.position")) {
      while (r.next()) {
        seen.add(r.getString(2));
        // td:rev as the export would have written it: the file answers the translations stored now.
        units.append("<trans-unit id=\"").append(r.getLong(1)).append("\" td:rev=\"").append(r.getInt(3)).append("\"><source>")
            .append(r.getString(2))
            .append("</source><target state=\"").append(state).append("\">").append(lang).append(": ").append(r.getString(2))
            .append("</target></trans-unit>\n");
      }
    }
    assertTrue(!seen.isEmpty(), "segments to translate in " + document);
    Path xliff = write(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:td=\"urn:transdesk:xliff:1\">\n"
        + "<file original=\"" + document + "\" source-language=\"en\" target-language=\"" + lang + "\" datatype=\"plaintext\">\n<body>\n"
        + units + "</body>\n</file>\n</xliff>\n");
    List<String> args = new ArrayList<>(List.of("import", "--fail-on", "never"));
    args.addAll(List.of(options));
    args.add(xliff.toString());
    CliRun run = CliRun.run(db, args.toArray(String[]::new));
    // Exit 1 when units were held back (protected, final): what the import did is still counted.
    assertTrue(run.code() == ExitCode.OK || run.code() == ExitCode.FINDINGS, () -> String.join(" ", args) + "\n" + run.out() + run.err());
  }

  private static void must(Path db, String... args) {
    CliRun run = CliRun.run(db, args);
    assertEquals(ExitCode.OK, run.code(), () -> String.join(" ", args) + "\n" + run.out() + run.err());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
