package org.transdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Counts;

/**
 * The report as one RFC 4180 table with one header row, for spreadsheets: a {@code record} column
 * tells the rows apart — {@code total} (one per language), {@code document} (one per document and
 * language) and {@code segment} (one per listed segment and language, streamed).
 */
final class CsvReport {
  private static final List<String> SEGMENT_COLUMNS = List.of("segment", "state", "words", "source");

  private CsvReport() {}

  static List<String> header() {
    List<String> header = new ArrayList<>(List.of("record", "document", "lang"));
    header.addAll(SEGMENT_COLUMNS);
    header.add("percent_complete");
    for (String unit : List.of("segments", "words")) {
      header.add(unit + "_total");
      for (String state : ReportStore.STATES) header.add(unit + "_" + state.replace('-', '_'));
      header.add(unit + "_untranslated");
      header.add(unit + "_protected");
      header.add(unit + "_repetitions");
    }
    for (String severity : ReportStore.SEVERITIES) header.add("findings_" + severity);
    header.add("last_import");
    header.add("documents");
    return header;
  }

  static void write(Report report, Writer out) throws IOException {
    // RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get());
    for (Progress total : report.totals()) csv.printRecord(progress("total", total));
    for (Progress line : report.lines()) csv.printRecord(progress("document", line));
    int width = header().size();
    try {
      report.segments(segment -> {
        List<Object> row = new ArrayList<>(List.of("segment", segment.document(), segment.lang(), segment.id(), segment.state(),
            segment.words(), segment.source()));
        while (row.size() < width) row.add("");
        try {
          csv.printRecord(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  private static List<Object> progress(String record, Progress line) {
    List<Object> row = new ArrayList<>(List.of(record, line.isTotal() ? "" : line.document(), line.lang()));
    for (int i = 0; i < SEGMENT_COLUMNS.size(); i++) row.add("");
    row.add(TextReport.percent(line.percentComplete()).replace("%", ""));
    for (boolean words : new boolean[] {false, true}) {
      row.add(unit(line.total(), words));
      for (String state : ReportStore.STATES) row.add(unit(line.state(state), words));
      row.add(unit(line.untranslated(), words));
      row.add(unit(line.protectedSegments(), words));
      row.add(unit(line.repetitions(), words));
    }
    for (String severity : ReportStore.SEVERITIES) row.add(line.findings(severity));
    row.add(line.lastImport() == null ? "" : line.lastImport());
    row.add(line.documents());
    return row;
  }

  private static long unit(Counts counts, boolean words) {
    return words ? counts.words() : counts.segments();
  }
}
