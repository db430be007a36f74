package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/**
 * A database a newer transdesk has migrated beyond this one's schema: every command that opens it
 * refuses with one line and exit 4 and leaves the file exactly as it was, instead of reading it
 * with the old schema's queries and writing rows into it.
 */
class NewerSchemaTest {
  @TempDir Path dir;
  private Path db;
  private Path article;
  private Path returned;
  private byte[] before;

  @BeforeEach
  void deskUpgradedByANewerTransdesk() throws Exception {
    db = dir.resolve("desk.db");
    article = Files.writeString(dir.resolve("story.txt"), "Floods hit the valley.\nMore than 2,000 people left their homes.\n");
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--targets", "de", article.toString()).code());
    assertEquals(ExitCode.OK, CliRun.run(db, "export", "--out", dir.resolve("out").toString()).code());
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      returned = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
          + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 1, 'x',"
          + " '2030-01-01 00:00:00', 1, 1)");
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    before = Files.readAllBytes(db);
  }

  @Test
  void anEmptyFileIsRefusedByEveryCommandThatMustNotCreateADatabase() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.db"));
    for (List<String> command : List.of(List.of("status"), List.of("export", "--out", dir.resolve("x").toString()), List.of("check"),
        List.of("report"), List.of("import", returned.toString()), List.of("backup", dir.resolve("b.db").toString()))) {
      assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + empty + ": not a transdesk database (it has no transdesk schema);"
          + " ingest articles first or name another --db\n"), CliRun.run(empty, command.toArray(String[]::new)), command.toString());
      assertEquals(0, Files.size(empty), command.toString());
    }
    assertEquals(List.of("desk.db", "empty.db", "out", "story.txt"), list(dir));
  }

  @Test
  void anotherProgramsSqliteFileIsNamedAsSuchNotWithFlywayAdvice() throws Exception {
    Path other = dir.resolve("photos.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE photo (id INTEGER PRIMARY KEY, file TEXT)");
      s.executeUpdate("INSERT INTO photo (file) VALUES ('flood.jpg')");
    }
    byte[] untouched = Files.readAllBytes(other);
    for (String command : List.of("status", "check", "export")) {
      assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + other + ": not a transdesk database (it holds another program's"
          + " tables and no transdesk schema); name the desk's database with --db\n"), CliRun.run(other, command), command);
    }
    assertArrayEquals(untouched, Files.readAllBytes(other));
  }

  @Test
  void everyCommandRefusesTheDatabaseAndLeavesItAsItWas() throws Exception {
    String line = "error: " + db + ": the database has schema version 99, newer than this transdesk's 3 (a newer transdesk wrote it);"
        + " run the newer transdesk, or work on a backup made before the upgrade\n";
    Files.writeString(article, "Floods hit the valley.\nMore than 3,000 people left their homes.\n");
    String[][] commands = {
      {"status"},
      {"report"},
      {"check"},
      {"ingest", article.toString()},
      {"export", "--out", dir.resolve("again").toString()},
      {"import", returned.toString()},
      {"backup", dir.resolve("copy.db").toString()},
    };
    for (String[] command : commands) {
      assertEquals(new CliRun(ExitCode.FAILURE, "", line), CliRun.run(db, command), String.join(" ", command));
      assertArrayEquals(before, Files.readAllBytes(db), String.join(" ", command) + " changed the database");
    }
    assertEquals(false, Files.exists(dir.resolve("again")));
    assertEquals(false, Files.exists(dir.resolve("copy.db")));
  }

  private static List<String> list(Path folder) throws java.io.IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
