package org.transdesk.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Counts;
import org.transdesk.store.ReportStore.Figures;
import org.transdesk.store.ReportStore.Finding;
import org.transdesk.store.ReportStore.Scope;
import org.transdesk.store.ReportStore.Segment;
import org.transdesk.store.ReportStore.Target;

/**
 * One report: the numbers per document and language and per language, read at once, and the
 * segment and finding lists, read from the store as a renderer streams them.
 */
public final class Report {
  /** How many segments {@link #firstSegments} reads at once. */
  private static final int BATCH = 2_000;

  private final ReportStore store;
  private final String database;
  private final String generatedAt;
  private final Scope scope;
  private final List<String> states;
  private final List<Progress> lines = new ArrayList<>();
  private final List<Progress> totals = new ArrayList<>();
  private final Map<Progress, Target> targets = new HashMap<>();
  private Map<Target, List<Segment>> first = Map.of();
  private int firstLimit;

  private Report(ReportStore store, String database, String generatedAt, Scope scope, List<String> states) {
    this.store = store;
    this.database = database;
    this.generatedAt = generatedAt;
    this.scope = scope;
    this.states = states;
  }

  /**
   * Reads the numbers of a report. {@code states} selects the segments listed (and those
   * {@code --fail-if-untranslated} looks at); the numbers always cover every state.
   */
  public static Report read(ReportStore store, String database, String generatedAt, Scope scope, Collection<String> states) {
    Set<String> selected = new LinkedHashSet<>();
    for (String state : ReportStore.STATES) if (states.contains(state)) selected.add(state);
    Report report = new Report(store, database, generatedAt, scope, List.copyOf(selected));
    for (Figures figures : store.figures(scope)) {
      Progress line = Progress.of(figures);
      report.lines.add(line);
      report.targets.put(line, figures.target());
    }
    for (String lang : report.languages()) report.totals.add(Progress.total(lang, report.lines));
    return report;
  }

  /** "2025-06-01T10:02:03.123Z" as "2025-06-01 10:02 UTC"; other text as it is. */
  public static String readableTime(String instant) {
    if (instant == null) return "";
    if (instant.length() >= 16 && instant.charAt(10) == 'T' && instant.endsWith("Z")) {
      return instant.substring(0, 10) + " " + instant.substring(11, 16) + " UTC";
    }
    return instant;
  }

  public String database() {
    return database;
  }

  /** When the report was made: ISO-8601 UTC. */
  public String generatedAt() {
    return generatedAt;
  }

  public Scope scope() {
    return scope;
  }

  /** The states whose segments are listed, in {@link ReportStore#STATES} order. */
  public List<String> states() {
    return states;
  }

  /** One line per document and target language, by document name and language. */
  public List<Progress> lines() {
    return lines;
  }

  /** One line per language: the sum of its document lines. */
  public List<Progress> totals() {
    return totals;
  }

  public List<String> languages() {
    return lines.stream().map(Progress::lang).distinct().sorted().toList();
  }

  public List<String> documents() {
    return lines.stream().map(Progress::document).distinct().toList();
  }

  /** The segments of a line in the listed states. */
  public Counts listed(Progress line) {
    return line.inStates(states);
  }

  /** The untranslated segments (new, needs-update) among the listed ones, over every line. */
  public Counts untranslatedListed() {
    Counts counts = Counts.ZERO;
    for (Progress line : lines) {
      for (String state : states) if (ReportStore.UNTRANSLATED.contains(state)) counts = counts.plus(line.state(state));
    }
    return counts;
  }

  /** Streams every listed segment, by document, language and position. */
  public void segments(Consumer<Segment> each) {
    store.segments(scope, states, each);
  }

  /**
   * The first listed segments of one document line. Renderers ask line by line in report order;
   * the segments are read for the lines ahead in one query per {@value #BATCH} segments, so memory
   * holds one batch, not the report.
   */
  public List<Segment> firstSegments(Progress line, int limit) {
    if (listed(line).segments() == 0) return List.of();
    Target target = targets.get(line);
    if (target == null) return List.of();
    if (limit != firstLimit || !first.containsKey(target)) {
      List<Target> ahead = new ArrayList<>();
      for (int i = lines.indexOf(line); i < lines.size() && (ahead.size() + 1) * (long) limit <= Math.max(BATCH, limit); i++) {
        if (listed(lines.get(i)).segments() > 0) ahead.add(targets.get(lines.get(i)));
      }
      first = store.firstSegments(ahead, states, limit);
      firstLimit = limit;
    }
    return first.getOrDefault(target, List.of());
  }

  /** Streams the open findings, by document, language, severity and position. */
  public void findings(Consumer<Finding> each) {
    store.findings(scope, each);
  }
}
