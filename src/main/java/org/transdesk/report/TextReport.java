package org.transdesk.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.transdesk.report.TextTable.Align;
import org.transdesk.report.TextTable.Cut;
import org.transdesk.store.ReportStore.Counts;
import org.transdesk.store.ReportStore.Segment;

/** The report as aligned tables for an 80-column terminal; lists the first few segments per document. */
final class TextReport {
  static final int WIDTH = 80;
  static final int FIRST = 5;

  private TextReport() {}

  static void write(Report report, PrintWriter out) {
    out.printf(Locale.ROOT, "Translation report of %s, %s%n", report.database(), Report.readableTime(report.generatedAt()));
    out.println(selection(report));
    if (report.lines().isEmpty()) {
      out.println();
      out.println("Nothing to report: no document with a target language. Add articles with transdesk ingest --targets.");
      return;
    }
    List<Progress> lines = report.lines();

    out.println();
    out.println("WORDS BY STATE (done: translated, reviewed or final; protected not counted)");
    TextTable words = states(true);
    grouped(words, report, line -> stateCells(line, true));
    words.print(out, WIDTH);

    out.println();
    out.println("SEGMENTS BY STATE");
    TextTable segments = states(false);
    grouped(segments, report, line -> stateCells(line, false));
    segments.print(out, WIDTH);

    out.println();
    out.println("UNTRANSLATED, OPEN FINDINGS, LAST IMPORT");
    TextTable activity = new TextTable("")
        .column("LANG", Align.LEFT)
        .column("SEGMENTS", Align.RIGHT)
        .column("WORDS", Align.RIGHT)
        .column("ERROR", Align.RIGHT)
        .column("WARN", Align.RIGHT)
        .column("INFO", Align.RIGHT)
        .column("LAST IMPORT", Align.LEFT);
    grouped(activity, report, TextReport::activityCells);
    activity.print(out, WIDTH);

    Counts listed = Counts.ZERO;
    for (Progress line : lines) listed = listed.plus(report.listed(line));
    out.println();
    out.printf(Locale.ROOT, "%s SEGMENTS: %s, %s%n", heading(report), count(listed.segments(), "segment"), count(listed.words(), "word"));
    out.printf(Locale.ROOT, "(the first %d of each document and language; --format csv or json lists them all)%n", FIRST);
    for (Progress line : lines) {
      Counts counts = report.listed(line);
      if (counts.segments() == 0) continue;
      out.println();
      out.println(TextTable.cut(line.document(), WIDTH - 2 - line.lang().length() - 40, Cut.START) + "  " + line.lang() + "  "
          + count(counts.segments(), "segment") + ", " + count(counts.words(), "word"));
      TextTable list = new TextTable("  ")
          .column("ID", Align.RIGHT)
          .column("STATE", Align.LEFT)
          .column("WORDS", Align.RIGHT)
          .column("SOURCE", Align.LEFT, Cut.END);
      for (Segment segment : report.firstSegments(line, FIRST)) {
        list.row(segment.id(), segment.state(), segment.words(), segment.source());
      }
      list.print(out, WIDTH);
      if (counts.segments() > FIRST) out.println("  … and " + (counts.segments() - FIRST) + " more");
    }
  }

  private static String selection(Report report) {
    int documents = report.documents().size();
    return String.format(Locale.ROOT, "%s; languages %s; listing %s",
        report.scope().documents().isEmpty() ? count(documents, "document") : "documents " + String.join(", ", report.documents()),
        report.languages().isEmpty() ? "none" : String.join(", ", report.languages()),
        String.join(", ", report.states()));
  }

  private static String heading(Report report) {
    return report.states().equals(List.of("new", "needs-update")) ? "UNTRANSLATED" : String.join(", ", report.states()).toUpperCase(Locale.ROOT);
  }

  /** Each document's name on a line of its own, its languages under it; then the totals. */
  private static void grouped(TextTable table, Report report, java.util.function.Function<Progress, Object[]> cells) {
    String previous = null;
    for (Progress line : report.lines()) {
      if (!line.document().equals(previous)) table.heading(line.document());
      previous = line.document();
      table.row(cells.apply(line));
    }
    table.rule();
    table.heading("all " + count(report.documents().size(), "document"));
    for (Progress total : report.totals()) table.row(cells.apply(total));
  }

  private static TextTable states(boolean words) {
    TextTable table = new TextTable("")
        .column("LANG", Align.LEFT);
    if (words) table.column("DONE", Align.RIGHT);
    return table
        .column("NEW", Align.RIGHT)
        .column("UPDATE", Align.RIGHT)
        .column("TRANSL", Align.RIGHT)
        .column("REVIEW", Align.RIGHT)
        .column("FINAL", Align.RIGHT)
        .column("PROT", Align.RIGHT)
        .column("REPEAT", Align.RIGHT);
  }

  private static Object[] stateCells(Progress line, boolean words) {
    List<Object> cells = new java.util.ArrayList<>();
    cells.add("  " + line.lang());
    if (words) cells.add(percent(line.percentComplete()));
    for (String state : List.of("new", "needs-update", "translated", "reviewed", "final")) {
      cells.add(pick(line.state(state), words));
    }
    cells.add(pick(line.protectedSegments(), words));
    cells.add(pick(line.repetitions(), words));
    return cells.toArray();
  }

  private static Object[] activityCells(Progress line) {
    return new Object[] {"  " + line.lang(), line.untranslated().segments(), line.untranslated().words(),
        line.findings("error"), line.findings("warning"), line.findings("info"),
        line.lastImport() == null ? "never" : Report.readableTime(line.lastImport())};
  }

  private static long pick(Counts counts, boolean words) {
    return words ? counts.words() : counts.segments();
  }

  static String percent(double percent) {
    long tenths = Math.round(percent * 10);
    // Progress rounds to a tenth, so this is the common case: no Formatter for each of many lines.
    if (tenths >= 0 && tenths / 10.0 == percent) return tenths / 10 + "." + tenths % 10 + "%";
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
