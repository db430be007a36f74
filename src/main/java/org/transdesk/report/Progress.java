package org.transdesk.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Counts;
import org.transdesk.store.ReportStore.Figures;

/**
 * The numbers of one line of a report: one document in one language, or (document null) the total
 * of a language over the documents reported. Protected segments are counted apart and never as
 * untranslated; percentages are by words over the translatable (not protected) segments.
 */
public record Progress(
    String document,
    String lang,
    int documents,
    Counts translatable,
    Counts protectedSegments,
    Map<String, Counts> states,
    Counts repetitions,
    String lastImport,
    Map<String, Long> openFindings) {

  public Progress {
    states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    openFindings = Collections.unmodifiableMap(new LinkedHashMap<>(openFindings));
  }

  static Progress of(Figures figures) {
    return new Progress(figures.target().document(), figures.target().lang(), 1, figures.translatable(),
        figures.protectedSegments(), figures.states(), figures.repetitions(), figures.lastImport(), figures.openFindings());
  }

  /** The total of one language over document lines. */
  static Progress total(String lang, List<Progress> lines) {
    Counts translatable = Counts.ZERO;
    Counts protectedSegments = Counts.ZERO;
    Counts repetitions = Counts.ZERO;
    Map<String, Counts> states = new LinkedHashMap<>();
    Map<String, Long> findings = new LinkedHashMap<>();
    ReportStore.STATES.forEach(state -> states.put(state, Counts.ZERO));
    ReportStore.SEVERITIES.forEach(severity -> findings.put(severity, 0L));
    String lastImport = null;
    int documents = 0;
    for (Progress line : lines) {
      if (!line.lang().equals(lang)) continue;
      documents++;
      translatable = translatable.plus(line.translatable());
      protectedSegments = protectedSegments.plus(line.protectedSegments());
      repetitions = repetitions.plus(line.repetitions());
      line.states().forEach((state, counts) -> states.merge(state, counts, Counts::plus));
      line.openFindings().forEach((severity, count) -> findings.merge(severity, count, Long::sum));
      // ISO-8601 UTC timestamps of one format sort as text.
      if (line.lastImport() != null && (lastImport == null || line.lastImport().compareTo(lastImport) > 0)) {
        lastImport = line.lastImport();
      }
    }
    return new Progress(null, lang, documents, translatable, protectedSegments, states, repetitions, lastImport, findings);
  }

  public boolean isTotal() {
    return document == null;
  }

  /** Every active segment: the translatable ones and the protected ones. */
  public Counts total() {
    return translatable.plus(protectedSegments);
  }

  public Counts state(String state) {
    return states.getOrDefault(state, Counts.ZERO);
  }

  /** New and needs-update. */
  public Counts untranslated() {
    return state("new").plus(state("needs-update"));
  }

  /** Translated, reviewed and final. */
  public Counts complete() {
    return state("translated").plus(state("reviewed")).plus(state("final"));
  }

  /** The segments in the given states. */
  public Counts inStates(Iterable<String> selected) {
    Counts counts = Counts.ZERO;
    for (String state : selected) counts = counts.plus(state(state));
    return counts;
  }

  /**
   * Percent of the translatable words that are complete, rounded down to a tenth so that 100.0
   * means nothing is left. By segments when the segments have no words; 100.0 when there is nothing
   * to translate.
   */
  public double percentComplete() {
    long done = complete().words();
    long all = translatable.words();
    if (all == 0) {
      done = complete().segments();
      all = translatable.segments();
    }
    if (all == 0) return 100.0;
    return (done * 1000 / all) / 10.0;
  }

  public long findings() {
    return openFindings.values().stream().mapToLong(Long::longValue).sum();
  }

  public long findings(String severity) {
    return openFindings.getOrDefault(severity, 0L);
  }
}
