package org.transdesk.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Counts;
import org.transdesk.store.ReportStore.Finding;
import org.transdesk.store.ReportStore.Segment;

/**
 * The report as one self-contained HTML page (inline CSS, no script, no outside asset) for a desk
 * editor's browser and printer. Every number shown carries {@code data-key} (its JSON path within a
 * totals or documents entry) inside an element with {@code data-lang} (and {@code data-document}),
 * so tests and scripts find them. All user text is escaped; a Content-Security-Policy forbids
 * scripts as a second line of defence.
 */
final class HtmlReport {
  /** Segments and findings shown per document and language; the CSV and JSON formats list all. */
  static final int LIMIT = 200;

  private static final List<String> BAR_STATES = List.of("final", "reviewed", "translated", "needs-update");

  private final Report report;
  private final Writer out;

  private HtmlReport(Report report, Writer out) {
    this.report = report;
    this.out = out;
  }

  static void write(Report report, Writer out) throws IOException {
    new HtmlReport(report, out).page();
  }

  private void page() throws IOException {
    String title = "Translation report: " + report.database();
    w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    w("<meta name=\"generator\" content=\"transdesk report\">\n");
    w("<title>").w(text(title)).w("</title>\n<style>\n").w(CSS).w("</style>\n</head>\n<body>\n");
    w("<header>\n<h1>Translation report</h1>\n<p class=\"meta\">");
    w("<span id=\"database\">").w(text(report.database())).w("</span> · ");
    w("<time id=\"generated\" datetime=\"").w(attr(report.generatedAt())).w("\">")
        .w(text(Report.readableTime(report.generatedAt()))).w("</time> · ");
    w(text(TextReport.count(report.documents().size(), "document"))).w(" · ");
    w(text(report.languages().isEmpty() ? "no languages" : "languages " + String.join(", ", report.languages())));
    w("</p>\n");
    legend();
    w("</header>\n<main>\n");
    if (report.lines().isEmpty()) {
      w("<p class=\"empty\">Nothing to report: no document with a target language.</p>\n");
    } else {
      totals();
      documents();
      details();
    }
    w("</main>\n</body>\n</html>\n");
  }

  private void legend() throws IOException {
    w("<p class=\"legend\" aria-hidden=\"true\">");
    for (String state : BAR_STATES) w("<span><i class=\"s-").w(state).w("\"></i>").w(state).w("</span>");
    w("<span><i class=\"s-new\"></i>new</span></p>\n");
  }

  private void totals() throws IOException {
    w("<section id=\"totals\">\n<h2>Totals by language</h2>\n<div class=\"cards\">\n");
    for (Progress total : report.totals()) {
      w("<article class=\"total\" data-lang=\"").w(attr(total.lang())).w("\">\n");
      w("<h3>").w(text(total.lang())).w(" <span class=\"langname\">").w(text(languageName(total.lang()))).w("</span> <small>")
          .w(num("documents", total.documents())).w(total.documents() == 1 ? " document" : " documents").w("</small></h3>\n");
      w("<p class=\"percent\">").w(percent(total)).w("<small> complete</small></p>\n");
      bar(total);
      w("<table class=\"figures\">\n<thead><tr><th></th><th class=\"n\">words</th><th class=\"n\">segments</th></tr></thead>\n<tbody>\n");
      figure("untranslated", total.untranslated(), "untranslated", false);
      figure("needs update", total.state("needs-update"), "needs-update", true);
      figure("complete", total.complete(), null, false);
      figure("protected", total.protectedSegments(), "protected", false);
      figure("repeated", total.repetitions(), "repetitions", false);
      figure("all", total.total(), "total", false);
      w("</tbody>\n</table>\n");
      w("<p class=\"status\"><span>open findings ").w(findings(total)).w("</span><span>last import ").w(lastImport(total)).w("</span></p>\n");
      w("</article>\n");
    }
    w("</div>\n</section>\n");
  }

  private void figure(String label, Counts counts, String key, boolean part) throws IOException {
    w("<tr").w(part ? " class=\"sub\"" : "").w("><th>").w(text(label)).w("</th><td class=\"n\">")
        .w(key == null ? String.valueOf(counts.words()) : num("words." + key, counts.words())).w("</td><td class=\"n\">")
        .w(key == null ? String.valueOf(counts.segments()) : num("segments." + key, counts.segments())).w("</td></tr>\n");
  }

  private void documents() throws IOException {
    w("<section id=\"documents\">\n<h2>Progress by document</h2>\n");
    w("<p class=\"note\">Words, with segments below. Protected segments (never translated) are not counted in the progress.</p>\n");
    w("<div class=\"scroll\"><table class=\"progress\">\n<thead><tr><th>Document</th><th>Lang</th><th class=\"barcol\">Complete</th>");
    for (String state : ReportStore.STATES) w("<th class=\"n\">").w(label(state)).w("</th>");
    w("<th class=\"n\">Protected</th><th class=\"n\">Repeated</th><th class=\"n\">Open findings</th><th>Last import</th></tr></thead>\n<tbody>\n");
    Map<String, Integer> anchors = anchors();
    String previous = null;
    for (Progress line : report.lines()) {
      boolean first = !line.document().equals(previous);
      previous = line.document();
      w("<tr data-document=\"").w(attr(line.document())).w("\" data-lang=\"").w(attr(line.lang())).w("\"")
          .w(first ? " class=\"first\"" : "").w(">");
      w("<td class=\"doc\">").w(first ? "<a href=\"#doc-" + anchors.get(line.document()) + "\">" + text(line.document()) + "</a>" : "")
          .w("</td>");
      w("<td class=\"lang\">").w(text(line.lang())).w("</td>");
      w("<td class=\"barcol\">");
      bar(line);
      w("<span class=\"pct\">").w(percent(line)).w(" complete</span><span class=\"pct\">")
          .w(num("words.untranslated", line.untranslated().words())).w(" words, ")
          .w(num("segments.untranslated", line.untranslated().segments())).w(" seg to do</span></td>");
      for (String state : ReportStore.STATES) w("<td class=\"n\">").w(stacked(line.state(state), state)).w("</td>");
      w("<td class=\"n\">").w(stacked(line.protectedSegments(), "protected")).w("</td>");
      w("<td class=\"n\">").w(stacked(line.repetitions(), "repetitions")).w("</td>");
      w("<td class=\"n\">").w(findings(line)).w("</td>");
      w("<td class=\"when\">").w(lastImport(line)).w("</td></tr>\n");
    }
    w("</tbody>\n</table></div>\n</section>\n");
  }

  /** Document name to the number of its section, 1 for the first. */
  private Map<String, Integer> anchors() {
    Map<String, Integer> anchors = new HashMap<>();
    for (String document : report.documents()) anchors.putIfAbsent(document, anchors.size() + 1);
    return anchors;
  }

  private void details() throws IOException {
    Map<String, List<Finding>> findings = new HashMap<>();
    Map<String, Integer> findingCounts = new HashMap<>();
    report.findings(finding -> {
      String key = finding.document() + '\n' + finding.lang();
      int seen = findingCounts.merge(key, 1, Integer::sum);
      if (seen <= LIMIT) findings.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    });
    w("<section id=\"details\">\n<h2>").w(text(listedHeading())).w(" and open findings by document</h2>\n");
    Map<String, Integer> anchors = anchors();
    List<Progress> lines = report.lines();
    for (int i = 0; i < lines.size(); i++) {
      String document = lines.get(i).document();
      w("<section class=\"document\" id=\"doc-").w(String.valueOf(anchors.get(document))).w("\" data-document=\"").w(attr(document)).w("\">\n");
      w("<h3>").w(text(document)).w("</h3>\n");
      for (; i < lines.size() && lines.get(i).document().equals(document); i++) {
        Progress line = lines.get(i);
        Counts listed = report.listed(line);
        String key = document + '\n' + line.lang();
        int open = findingCounts.getOrDefault(key, 0);
        w("<div class=\"target\" data-lang=\"").w(attr(line.lang())).w("\">\n<h4>").w(text(line.lang())).w(" <small>")
            .w(listed.segments() == 0 && open == 0 ? "nothing open" : TextReport.count(listed.segments(), "segment")
                + " " + String.join(" or ", report.states()) + " (" + TextReport.count(listed.words(), "word") + "), "
                + TextReport.count(open, "open finding"))
            .w("</small></h4>\n");
        if (listed.segments() > 0) segments(line, listed);
        if (open > 0) findingTable(findings.getOrDefault(key, List.of()), open);
        w("</div>\n");
      }
      i--;
      w("</section>\n");
    }
    w("</section>\n");
  }

  private String listedHeading() {
    List<String> states = report.states();
    if (states.equals(List.of("new", "needs-update"))) return "Untranslated segments";
    return "Segments " + String.join(", ", states);
  }

  private void segments(Progress line, Counts listed) throws IOException {
    w("<table class=\"segments\">\n<caption>").w(text(TextReport.count(listed.segments(), "segment") + " " + String.join(" or ", report.states())))
        .w("</caption>\n<thead><tr><th class=\"n\">Segment</th><th>State</th><th class=\"n\">Words</th><th>Source</th></tr></thead>\n<tbody>\n");
    for (Segment segment : report.firstSegments(line, LIMIT)) {
      w("<tr><td class=\"n\">").w(String.valueOf(segment.id())).w("</td><td><span class=\"state s-").w(attr(segment.state())).w("\">")
          .w(text(segment.state())).w("</span></td><td class=\"n\">").w(String.valueOf(segment.words()))
          .w("</td><td class=\"source\" dir=\"auto\">").w(text(segment.source())).w("</td></tr>\n");
    }
    w("</tbody>\n</table>\n");
    if (listed.segments() > LIMIT) {
      w("<p class=\"more\">… and ").w(String.valueOf(listed.segments() - LIMIT))
          .w(" more: transdesk report --format csv lists them all.</p>\n");
    }
  }

  private void findingTable(List<Finding> findings, int open) throws IOException {
    w("<table class=\"findings\">\n<caption>").w(text(TextReport.count(open, "open finding"))).w("</caption>\n<thead><tr><th>Severity</th><th class=\"n\">Segment</th><th>Rule</th><th>Message</th></tr></thead>\n<tbody>\n");
    for (Finding finding : findings) {
      w("<tr><td><span class=\"sev sev-").w(attr(finding.severity())).w("\">").w(text(finding.severity())).w("</span></td><td class=\"n\">")
          .w(String.valueOf(finding.segment())).w("</td><td class=\"rule\">").w(text(finding.rule())).w("</td><td dir=\"auto\">")
          .w(text(finding.message()));
      if (finding.span() != null && !finding.span().isEmpty()) w(" <q>").w(text(finding.span())).w("</q>");
      w("</td></tr>\n");
    }
    w("</tbody>\n</table>\n");
    if (open > findings.size()) {
      w("<p class=\"more\">… and ").w(String.valueOf(open - findings.size())).w(" more: transdesk report --format json lists them all.</p>\n");
    }
  }

  /** A bar of the translatable words by state; its widths are percentages of the line's words. */
  private void bar(Progress line) throws IOException {
    boolean bySegments = line.translatable().words() == 0;
    long all = bySegments ? line.translatable().segments() : line.translatable().words();
    w("<div class=\"bar\" role=\"img\" aria-label=\"").w(attr(TextReport.percent(line.percentComplete()) + " complete")).w("\">");
    for (String state : BAR_STATES) {
      long part = bySegments ? line.state(state).segments() : line.state(state).words();
      if (all == 0 || part == 0) continue;
      w("<span class=\"s-").w(state).w("\" style=\"width:").w(String.format(Locale.ROOT, "%.2f", part * 100.0 / all)).w("%\"></span>");
    }
    w("</div>");
  }

  /** "German" for "de"; empty when Java does not know the tag. */
  private static String languageName(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayName(Locale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(tag) ? "" : name;
  }

  private static String percent(Progress line) {
    return "<span data-key=\"percent_complete\">" + String.format(Locale.ROOT, "%.1f", line.percentComplete()) + "</span>%";
  }

  private static String stacked(Counts counts, String key) {
    return num("words." + key, counts.words()) + "<small>" + num("segments." + key, counts.segments()) + " seg</small>";
  }

  private static String counts(Counts counts, String key) {
    String words = key == null ? String.valueOf(counts.words()) : num("words." + key, counts.words());
    String segments = key == null ? String.valueOf(counts.segments()) : num("segments." + key, counts.segments());
    return words + (counts.words() == 1 ? " word" : " words") + " <small>in " + segments
        + (counts.segments() == 1 ? " segment" : " segments") + "</small>";
  }

  private static String findings(Progress line) {
    StringBuilder html = new StringBuilder("<span class=\"findings\">");
    for (String severity : ReportStore.SEVERITIES) {
      long n = line.findings(severity);
      html.append("<span class=\"sev sev-").append(severity).append(n == 0 ? " zero" : "").append("\" title=\"")
          .append(severity).append("\">").append(num("open_findings." + severity, n))
          .append(severity.charAt(0)).append("</span>");
    }
    return html.append("</span>").toString();
  }

  private static String lastImport(Progress line) {
    if (line.lastImport() == null) return "<span data-key=\"last_import\" class=\"never\">never</span>";
    String readable = Report.readableTime(line.lastImport());
    int space = readable.indexOf(' ');
    // Date, then time on a line of its own where the column is narrow.
    String shown = space < 0 ? text(readable) : text(readable.substring(0, space)) + " <small>" + text(readable.substring(space + 1)) + "</small>";
    return "<time data-key=\"last_import\" datetime=\"" + attr(line.lastImport()) + "\">" + shown + "</time>";
  }

  private static String num(String key, long value) {
    return "<span data-key=\"" + key + "\">" + value + "</span>";
  }

  private static String label(String state) {
    return state.equals("needs-update") ? "Needs update" : Character.toUpperCase(state.charAt(0)) + state.substring(1);
  }

  /** Escapes text for element content and attribute values alike. */
  static String text(String value) {
    if (value == null) return "";
    StringBuilder html = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  private static String attr(String value) {
    return text(value);
  }

  private HtmlReport w(String html) throws IOException {
    out.write(html);
    return this;
  }

  private static final String CSS = """
      :root { --ink: #1d2430; --muted: #5d6675; --line: #dfe3e8; --soft: #f5f7f9;
        --final: #1f6f43; --reviewed: #2f9e5b; --translated: #8fd18b; --needs-update: #e0a526; --new: #dde1e6;
        --error: #c62828; --warning: #b26a00; --info: #3d6fb6; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
        color: var(--ink); background: #fff; }
      header, main { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
      header { padding-top: 20px; }
      h1 { font-size: 26px; margin: 0 0 2px; }
      h2 { font-size: 19px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
      h3 { font-size: 16px; margin: 0 0 6px; }
      h4 { font-size: 14px; margin: 14px 0 6px; }
      small, .meta, .note, .more { color: var(--muted); }
      .meta { margin: 0 0 6px; }
      .legend { margin: 0; font-size: 13px; color: var(--muted); }
      .legend span { margin-right: 14px; white-space: nowrap; }
      .legend i { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
      .s-final { background: var(--final); } .s-reviewed { background: var(--reviewed); }
      .s-translated { background: var(--translated); } .s-needs-update { background: var(--needs-update); } .s-new { background: var(--new); }
      .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr)); gap: 14px; }
      .total { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; background: var(--soft); }
      .total h3 { font-size: 18px; } .total h3 small { font-weight: 400; font-size: 14px; }
      .percent { font-size: 34px; font-weight: 700; margin: 0 0 6px; line-height: 1.1; }
      .percent small { font-size: 14px; font-weight: 400; }
      .langname { font-weight: 400; color: var(--muted); }
      .figures { margin-top: 10px; font-size: 14px; }
      .figures th, .figures td { padding: 2px 0 2px 10px; border: 0; text-transform: none; letter-spacing: 0; font-size: 14px; }
      .figures thead th { font-size: 12px; color: var(--muted); font-weight: 400; }
      .figures tbody th { padding-left: 0; color: var(--muted); font-weight: 400; }
      .figures tr.sub th { padding-left: 14px; font-size: 13px; } .figures tr.sub th::before { content: "– "; }
      .figures tbody tr:last-child th, .figures tbody tr:last-child td { border-top: 1px solid var(--line); font-weight: 600; color: var(--ink); }
      .status { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 4px 12px; margin: 10px 0 0; font-size: 13px; color: var(--muted); }
      .status time, .status .never { color: var(--ink); }
      .status time small { color: var(--ink); }
      .bar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; background: var(--new); min-width: 120px;
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .bar span { display: block; height: 100%; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 14px; }
      th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted);
        border-bottom: 1px solid var(--ink); padding: 6px 7px; vertical-align: bottom; }
      td { padding: 6px 7px; border-bottom: 1px solid var(--line); vertical-align: top; }
      .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.n small { display: block; font-size: 11px; }
      .progress tr.first td { border-top: 1px solid #b9c0c9; }
      .progress td.doc { min-width: 150px; max-width: 300px; overflow-wrap: break-word; font-weight: 600; }
      .progress td.doc a { color: inherit; }
      .barcol { min-width: 120px; }
      table.progress { font-size: 13.5px; }
      table.progress th { letter-spacing: 0; }
      caption { text-align: left; font-size: 13px; color: var(--muted); padding: 4px 0; caption-side: top; }
      table.findings { margin-top: 10px; }
      .barcol .bar { margin-top: 4px; } .pct { display: block; font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
      .when { font-size: 13px; white-space: nowrap; } .when small { display: block; } .never { color: var(--muted); }
      .findings { white-space: nowrap; }
      .sev { display: inline-block; min-width: 2.2em; margin-left: 2px; padding: 0 4px; border-radius: 9px; font-size: 12px;
        text-align: center; color: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .sev-error { background: var(--error); } .sev-warning { background: var(--warning); } .sev-info { background: var(--info); }
      .sev.zero { background: none; color: var(--muted); }
      .document { border-top: 1px solid var(--line); padding: 14px 0 6px; }
      .document h3 { overflow-wrap: anywhere; }
      .segments td.source { width: 70%; overflow-wrap: anywhere; }
      .state { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; white-space: nowrap;
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .state.s-new { background: var(--new); } .state.s-needs-update { color: #3b2a00; }
      .state.s-translated, .state.s-reviewed, .state.s-final { color: #fff; } .state.s-translated { color: var(--ink); }
      .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; white-space: nowrap; }
      q { font-style: italic; white-space: pre-wrap; }
      .empty { font-size: 17px; margin-top: 30px; }
      @media print {
        @page { margin: 14mm 12mm; }
        body { font-size: 10pt; }
        header, main { max-width: none; padding: 0; }
        .cards { grid-template-columns: repeat(3, 1fr); }
        .total, tr, .target h4 { break-inside: avoid; }
        thead { display: table-header-group; }
        .scroll { overflow: visible; }
        a { color: inherit; text-decoration: none; }
        .document { break-before: auto; }
      }
      """;
}
