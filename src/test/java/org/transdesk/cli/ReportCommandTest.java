package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transdesk.ExitCode;
import org.transdesk.store.DatabaseDump;

/**
 * transdesk report over a desk built with ingest and import (see {@link ReportDesk} for what was
 * done); every number of every format is checked against it.
 */
class ReportCommandTest {
  private static ReportDesk desk;

  @BeforeAll
  static void buildDesk() {
    desk = ReportDesk.worked();
  }

  @AfterAll
  static void removeDesk() throws Exception {
    desk.close();
  }

  @Test
  void aReportLeavesNoWalOrSharedMemoryFileBesideTheDatabase() {
    String before = DatabaseDump.of(desk.db);
    assertEquals(ExitCode.OK, desk.run("report").code());
    assertFalse(Files.exists(Path.of(desk.db + "-wal")), "desk.db-wal left behind");
    assertFalse(Files.exists(Path.of(desk.db + "-shm")), "desk.db-shm left behind");
    assertEquals(before, DatabaseDump.of(desk.db));
  }

  @Test
  void textReportShowsEveryNumberAndTheFirstUntranslatedSegments() {
    CliRun run = desk.run("report");
    assertEquals(ExitCode.OK, run.code());
    assertEquals("", run.err());
    assertEquals("""
        Translation report of /tmp/rt-XXXXXXXX/desk.db, 1970-01-01 00:00 UTC
        2 documents; languages de, fr; listing new, needs-update

        WORDS BY STATE (done: translated, reviewed or final; protected not counted)
        LANG   DONE  NEW  UPDATE  TRANSL  REVIEW  FINAL  PROT  REPEAT
        /tmp/rt-XXXXXXXX/a.txt
          de  61.2%    7       5      12       7      0     1       7
          fr  48.3%   16       0      15       0      0     1       7
        /tmp/rt-XXXXXXXX/b.txt
          de  33.3%    4       0       2       0      0     0       0
          fr   0.0%    6       0       0       0      0     0       0
        -------------------------------------------------------------
        all 2 documents
          de  56.7%   11       5      14       7      0     1       7
          fr  40.5%   22       0      15       0      0     1       7

        SEGMENTS BY STATE
        LANG  NEW  UPDATE  TRANSL  REVIEW  FINAL  PROT  REPEAT
        /tmp/rt-XXXXXXXX/a.txt
          de    1       1       2       1      0     1       1
          fr    3       0       2       0      0     1       1
        /tmp/rt-XXXXXXXX/b.txt
          de    1       0       1       0      0     0       0
          fr    2       0       0       0      0     0       0
        ------------------------------------------------------
        all 2 documents
          de    2       1       3       1      0     1       1
          fr    5       0       2       0      0     1       1

        UNTRANSLATED, OPEN FINDINGS, LAST IMPORT
        LANG  SEGMENTS  WORDS  ERROR  WARN  INFO  LAST IMPORT
        /tmp/rt-XXXXXXXX/a.txt
          de         2     12      0     1     0  1970-01-01 00:00 UTC
          fr         3     16      1     0     0  1970-01-01 00:00 UTC
        /tmp/rt-XXXXXXXX/b.txt
          de         1      4      0     0     0  1970-01-01 00:00 UTC
          fr         2      6      0     0     0  never
        --------------------------------------------------------------
        all 2 documents
          de         3     16      0     1     0  1970-01-01 00:00 UTC
          fr         5     22      1     0     0  1970-01-01 00:00 UTC

        UNTRANSLATED SEGMENTS: 8 segments, 38 words
        (the first 5 of each document and language; --format csv or json lists them all)

        /tmp/rt-XXXXXXXX/a.txt  de  2 segments, 12 words
          ID  STATE         WORDS  SOURCE
           9  needs-update      5  The talks lasted 4 hours.
           4  new               7  The envoy met the minister on Monday.

        /tmp/rt-XXXXXXXX/a.txt  fr  3 segments, 16 words
          ID  STATE  WORDS  SOURCE
           1  new        4  Talks resume in Geneva.
           9  new        5  The talks lasted 4 hours.
           4  new        7  The envoy met the minister on Monday.

        /tmp/rt-XXXXXXXX/b.txt  de  1 segment, 4 words
          ID  STATE  WORDS  SOURCE
           8  new        4  One more sentence here.

        /tmp/rt-XXXXXXXX/b.txt  fr  2 segments, 6 words
          ID  STATE  WORDS  SOURCE
           7  new        2  Second story.
           8  new        4  One more sentence here.
        """, desk.neutral(run.out()));
    for (String line : run.out().split("\n")) assertTrue(line.codePointCount(0, line.length()) <= 80, line);
  }

  @Test
  void jsonReportHasTheDocumentedStructureWithEveryNumberAndEverySegment() throws Exception {
    CliRun run = desk.run("report", "--format", "json");
    assertEquals(ExitCode.OK, run.code());
    assertEquals("", run.err());
    assertEquals("""
        {
          "format_version" : 1,
          "generated_at" : "1970-01-01T00:00:00.000Z",
          "database" : "/tmp/rt-XXXXXXXX/desk.db",
          "selection" : {
            "documents" : [ ],
            "languages" : [ ],
            "states" : [ "new", "needs-update" ]
          },
          "totals" : [ {
            "lang" : "de",
            "documents" : 2,
            "percent_complete" : 56.7,
            "segments" : {
              "total" : 8,
              "new" : 2,
              "translated" : 3,
              "reviewed" : 1,
              "final" : 0,
              "needs-update" : 1,
              "untranslated" : 3,
              "protected" : 1,
              "repetitions" : 1
            },
            "words" : {
              "total" : 38,
              "new" : 11,
              "translated" : 14,
              "reviewed" : 7,
              "final" : 0,
              "needs-update" : 5,
              "untranslated" : 16,
              "protected" : 1,
              "repetitions" : 7
            },
            "open_findings" : {
              "error" : 0,
              "warning" : 1,
              "info" : 0
            },
            "last_import" : "1970-01-01T00:00:00.000Z"
          }, {
            "lang" : "fr",
            "documents" : 2,
            "percent_complete" : 40.5,
            "segments" : {
              "total" : 8,
              "new" : 5,
              "translated" : 2,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 5,
              "protected" : 1,
              "repetitions" : 1
            },
            "words" : {
              "total" : 38,
              "new" : 22,
              "translated" : 15,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 22,
              "protected" : 1,
              "repetitions" : 7
            },
            "open_findings" : {
              "error" : 1,
              "warning" : 0,
              "info" : 0
            },
            "last_import" : "1970-01-01T00:00:00.000Z"
          } ],
          "documents" : [ {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "de",
            "percent_complete" : 61.2,
            "segments" : {
              "total" : 6,
              "new" : 1,
              "translated" : 2,
              "reviewed" : 1,
              "final" : 0,
              "needs-update" : 1,
              "untranslated" : 2,
              "protected" : 1,
              "repetitions" : 1
            },
            "words" : {
              "total" : 32,
              "new" : 7,
              "translated" : 12,
              "reviewed" : 7,
              "final" : 0,
              "needs-update" : 5,
              "untranslated" : 12,
              "protected" : 1,
              "repetitions" : 7
            },
            "open_findings" : {
              "error" : 0,
              "warning" : 1,
              "info" : 0
            },
            "last_import" : "1970-01-01T00:00:00.000Z"
          }, {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "fr",
            "percent_complete" : 48.3,
            "segments" : {
              "total" : 6,
              "new" : 3,
              "translated" : 2,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 3,
              "protected" : 1,
              "repetitions" : 1
            },
            "words" : {
              "total" : 32,
              "new" : 16,
              "translated" : 15,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 16,
              "protected" : 1,
              "repetitions" : 7
            },
            "open_findings" : {
              "error" : 1,
              "warning" : 0,
              "info" : 0
            },
            "last_import" : "1970-01-01T00:00:00.000Z"
          }, {
            "document" : "/tmp/rt-XXXXXXXX/b.txt",
            "lang" : "de",
            "percent_complete" : 33.3,
            "segments" : {
              "total" : 2,
              "new" : 1,
              "translated" : 1,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 1,
              "protected" : 0,
              "repetitions" : 0
            },
            "words" : {
              "total" : 6,
              "new" : 4,
              "translated" : 2,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 4,
              "protected" : 0,
              "repetitions" : 0
            },
            "open_findings" : {
              "error" : 0,
              "warning" : 0,
              "info" : 0
            },
            "last_import" : "1970-01-01T00:00:00.000Z"
          }, {
            "document" : "/tmp/rt-XXXXXXXX/b.txt",
            "lang" : "fr",
            "percent_complete" : 0.0,
            "segments" : {
              "total" : 2,
              "new" : 2,
              "translated" : 0,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 2,
              "protected" : 0,
              "repetitions" : 0
            },
            "words" : {
              "total" : 6,
              "new" : 6,
              "translated" : 0,
              "reviewed" : 0,
              "final" : 0,
              "needs-update" : 0,
              "untranslated" : 6,
              "protected" : 0,
              "repetitions" : 0
            },
            "open_findings" : {
              "error" : 0,
              "warning" : 0,
              "info" : 0
            },
            "last_import" : null
          } ],
          "segments" : [ {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "de",
            "segment" : 9,
            "state" : "needs-update",
            "words" : 5,
            "source" : "The talks lasted 4 hours."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "de",
            "segment" : 4,
            "state" : "new",
            "words" : 7,
            "source" : "The envoy met the minister on Monday."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "fr",
            "segment" : 1,
            "state" : "new",
            "words" : 4,
            "source" : "Talks resume in Geneva."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "fr",
            "segment" : 9,
            "state" : "new",
            "words" : 5,
            "source" : "The talks lasted 4 hours."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "fr",
            "segment" : 4,
            "state" : "new",
            "words" : 7,
            "source" : "The envoy met the minister on Monday."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/b.txt",
            "lang" : "de",
            "segment" : 8,
            "state" : "new",
            "words" : 4,
            "source" : "One more sentence here."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/b.txt",
            "lang" : "fr",
            "segment" : 7,
            "state" : "new",
            "words" : 2,
            "source" : "Second story."
          }, {
            "document" : "/tmp/rt-XXXXXXXX/b.txt",
            "lang" : "fr",
            "segment" : 8,
            "state" : "new",
            "words" : 4,
            "source" : "One more sentence here."
          } ],
          "findings" : [ {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "de",
            "segment" : 6,
            "severity" : "warning",
            "rule" : "whitespace-trailing",
            "message" : "the source ends with nothing but the target ends with a space: keep the white space of the source",
            "span" : " ",
            "created_at" : "1970-01-01T00:00:00.000Z"
          }, {
            "document" : "/tmp/rt-XXXXXXXX/a.txt",
            "lang" : "fr",
            "segment" : 6,
            "severity" : "error",
            "rule" : "number-changed",
            "message" : "the number 1 of the source is not in the target (found 2 instead): keep the number, only its formatting may change",
            "span" : "2",
            "created_at" : "1970-01-01T00:00:00.000Z"
          } ]
        }
        """, desk.neutral(run.out()));
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertBetween(desk.lastDeStart, desk.lastDeEnd, json.at("/totals/0/last_import").asText());
    assertBetween(desk.lastDeStart, desk.lastDeEnd, json.at("/documents/0/last_import").asText());
    assertBetween(desk.lastFrStart, desk.lastFrEnd, json.at("/documents/1/last_import").asText());
    assertBetween(desk.bDeStart, desk.bDeEnd, json.at("/documents/2/last_import").asText());
  }

  private static void assertBetween(Instant start, Instant end, String instant) {
    Instant at = Instant.parse(instant);
    assertFalse(at.isBefore(start.minusMillis(1)) || at.isAfter(end.plusMillis(1)), start + " <= " + at + " <= " + end);
  }

  @Test
  void csvReportIsOneRfc4180TableWithTotalsDocumentsAndEveryUntranslatedSegment() throws Exception {
    CliRun run = desk.run("report", "--format", "csv");
    assertEquals(ExitCode.OK, run.code());
    assertTrue(run.out().contains("\r\n") && !run.out().replace("\r\n", "").contains("\n"), "CRLF line ends only");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(desk.neutral(run.out()))).getRecords();
    assertEquals(List.of("record", "document", "lang", "segment", "state", "words", "source", "percent_complete",
        "segments_total", "segments_new", "segments_translated", "segments_reviewed", "segments_final", "segments_needs_update",
        "segments_untranslated", "segments_protected", "segments_repetitions",
        "words_total", "words_new", "words_translated", "words_reviewed", "words_final", "words_needs_update",
        "words_untranslated", "words_protected", "words_repetitions",
        "findings_error", "findings_warning", "findings_info", "last_import", "documents"), records.get(0).getParser().getHeaderNames());
    String a = "/tmp/rt-XXXXXXXX/a.txt";
    String b = "/tmp/rt-XXXXXXXX/b.txt";
    String t = "1970-01-01T00:00:00.000Z";
    assertEquals(List.of(
        List.of("total", "", "de", "", "", "", "", "56.7", "8", "2", "3", "1", "0", "1", "3", "1", "1",
            "38", "11", "14", "7", "0", "5", "16", "1", "7", "0", "1", "0", t, "2"),
        List.of("total", "", "fr", "", "", "", "", "40.5", "8", "5", "2", "0", "0", "0", "5", "1", "1",
            "38", "22", "15", "0", "0", "0", "22", "1", "7", "1", "0", "0", t, "2"),
        List.of("document", a, "de", "", "", "", "", "61.2", "6", "1", "2", "1", "0", "1", "2", "1", "1",
            "32", "7", "12", "7", "0", "5", "12", "1", "7", "0", "1", "0", t, "1"),
        List.of("document", a, "fr", "", "", "", "", "48.3", "6", "3", "2", "0", "0", "0", "3", "1", "1",
            "32", "16", "15", "0", "0", "0", "16", "1", "7", "1", "0", "0", t, "1"),
        List.of("document", b, "de", "", "", "", "", "33.3", "2", "1", "1", "0", "0", "0", "1", "0", "0",
            "6", "4", "2", "0", "0", "0", "4", "0", "0", "0", "0", "0", t, "1"),
        List.of("document", b, "fr", "", "", "", "", "0.0", "2", "2", "0", "0", "0", "0", "2", "0", "0",
            "6", "6", "0", "0", "0", "0", "6", "0", "0", "0", "0", "0", "", "1"),
        segment(a, "de", "9", "needs-update", "5", "The talks lasted 4 hours."),
        segment(a, "de", "4", "new", "7", "The envoy met the minister on Monday."),
        segment(a, "fr", "1", "new", "4", "Talks resume in Geneva."),
        segment(a, "fr", "9", "new", "5", "The talks lasted 4 hours."),
        segment(a, "fr", "4", "new", "7", "The envoy met the minister on Monday."),
        segment(b, "de", "8", "new", "4", "One more sentence here."),
        segment(b, "fr", "7", "new", "2", "Second story."),
        segment(b, "fr", "8", "new", "4", "One more sentence here.")),
        records.stream().map(CSVRecord::toList).toList());
  }

  private static List<String> segment(String document, String lang, String id, String state, String words, String source) {
    List<String> row = new ArrayList<>(List.of("segment", document, lang, id, state, words, source));
    while (row.size() < 31) row.add("");
    return row;
  }

  @Test
  void filtersSelectDocumentsLanguagesAndListedStates() throws Exception {
    CliRun run = desk.run("report", "--format", "json", "--lang", "de", "--doc", desk.a, "--state", "needs-update");
    assertEquals(ExitCode.OK, run.code());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("[\"" + desk.a + "\"]|[\"de\"]|[\"needs-update\"]", json.at("/selection/documents") + "|"
        + json.at("/selection/languages") + "|" + json.at("/selection/states"));
    assertEquals(1, json.get("totals").size());
    assertEquals("de 1 61.2 12", json.at("/totals/0/lang").asText() + " " + json.at("/totals/0/documents") + " "
        + json.at("/totals/0/percent_complete") + " " + json.at("/totals/0/words/untranslated"));
    assertEquals(1, json.get("documents").size());
    assertEquals("[{\"document\":\"" + desk.a + "\",\"lang\":\"de\",\"segment\":9,\"state\":\"needs-update\",\"words\":5,"
        + "\"source\":\"The talks lasted 4 hours.\"}]", json.get("segments").toString());
    assertEquals(1, json.get("findings").size());
  }

  @Test
  void severalDocumentsMayBeNamedAfterOneDoc() throws Exception {
    CliRun run = desk.run("report", "--format", "json", "--doc", desk.b, desk.a, "--lang", "fr");
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> lines = new ArrayList<>();
    json.get("documents").forEach(line -> lines.add(line.get("document").asText() + " " + line.get("lang").asText()));
    assertEquals(List.of(desk.a + " fr", desk.b + " fr"), lines);
  }

  @Test
  void failIfUntranslatedExitsOneWhileASelectedSegmentIsUntranslated() {
    CliRun all = desk.run("report", "--fail-if-untranslated", "--format", "csv");
    assertEquals(ExitCode.FINDINGS, all.code());
    assertEquals("untranslated: 8 segments (38 words)\n", all.err());
    assertEquals(ExitCode.FINDINGS, desk.run("report", "--fail-if-untranslated", "--doc", desk.b, "--lang", "de").code());
    CliRun noUpdates = desk.run("report", "--fail-if-untranslated", "--lang", "fr", "--state", "needs-update");
    assertEquals(ExitCode.OK, noUpdates.code());
    assertEquals("", noUpdates.err());
    assertEquals(ExitCode.OK, desk.run("report", "--fail-if-untranslated", "--state", "translated,reviewed").code());
    assertEquals(ExitCode.OK, desk.run("report", "--doc", desk.b).code());
  }

  @Test
  void reportWritesNothingToTheDatabaseInAnyFormat() {
    String before = DatabaseDump.of(desk.db);
    for (String format : List.of("text", "csv", "json", "html")) {
      assertEquals(ExitCode.OK, desk.run("report", "--format", format).code());
    }
    assertEquals(before, DatabaseDump.of(desk.db));
  }

  @Test
  void outWritesTheFileAndSaysSoOnStderr() throws Exception {
    Path out = desk.dir.resolve("report.html");
    CliRun run = desk.run("report", "--format", "html", "--out", out.toString());
    assertEquals(ExitCode.OK, run.code());
    assertEquals("", run.out());
    assertEquals("wrote the html report to " + out + "\n", run.err());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>\n"));
    CliRun quiet = desk.run("report", "--quiet", "--format", "html", "--out", out.toString());
    assertEquals("", quiet.err());
  }

  @Test
  void outGetsThePermissionsOfANewFileUnderTheUmask() throws Exception {
    Path out = desk.dir.resolve("report.html");
    assertEquals(ExitCode.OK, desk.run("report", "--format", "html", "--out", out.toString()).code());
    Path plain = Files.writeString(desk.dir.resolve("plain.txt"), "a file as any program creates it\n");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
  }

  @Test
  void outThatIsALinkWritesTheFileItPointsTo() throws Exception {
    Path www = Files.createDirectories(desk.dir.resolve("www"));
    Path real = Files.writeString(www.resolve("real.csv"), "old\n");
    Path link = Files.createSymbolicLink(desk.dir.resolve("link.csv"), Path.of("www/real.csv"));
    CliRun run = desk.run("report", "--format", "csv", "--out", link.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(desk.run("report", "--format", "csv").out(), Files.readString(real, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(www)) {
      assertEquals(List.of(real), files.toList());
    }
  }

  @Test
  void outThatIsAFolderIsAUsageError() throws Exception {
    Path folder = Files.createDirectories(desk.dir.resolve("reports"));
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: --out " + folder + " is a folder; name the file to write the report to;"
        + " usage: transdesk report [options] (see transdesk help report)\n"),
        desk.run("report", "--out", folder.toString()));
  }
}
