package org.transdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.store.ReportBenchData;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Scope;
import org.transdesk.store.ReportStore.Segment;

/**
 * The first listed segments of each document and language, which the report reads in batches of
 * targets: what a renderer gets line by line is the same at every batch size, crossing batches too.
 */
class ReportListsTest {
  @TempDir Path dir;

  @Test
  void firstSegmentsOfEveryLineAreTheFirstListedOnesInPositionOrderAcrossBatches() {
    String db = dir.resolve("bench.db").toString();
    ReportBenchData.build(db, 8_000);
    List<String> states = List.of("new", "needs-update");
    try (ReportStore store = ReportStore.open(db)) {
      Report report = Report.read(store, db, "2025-01-01T00:00:00.000Z", Scope.all(), states);
      List<String> all = new ArrayList<>();
      report.segments(segment -> all.add(line(segment)));
      // 16 lines; 300 a line makes batches of 6 lines, 5 a line one batch of all.
      for (int limit : List.of(5, 300)) {
        for (Progress line : report.lines()) {
          List<String> expected = all.stream()
              .filter(s -> s.startsWith(line.document() + " " + line.lang() + " ")).limit(limit).toList();
          List<String> got = report.firstSegments(line, limit).stream().map(ReportListsTest::line).toList();
          assertEquals(expected, got, line.document() + " " + line.lang() + ", first " + limit);
          assertTrue(got.size() == Math.min(limit, report.listed(line).segments()), "as many as listed, up to the limit");
        }
      }
    }
  }

  private static String line(Segment segment) {
    return segment.document() + " " + segment.lang() + " " + segment.id() + " " + segment.position() + " " + segment.state() + " "
        + segment.words() + " " + segment.source();
  }
}
