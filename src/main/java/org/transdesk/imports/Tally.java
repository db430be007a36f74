package org.transdesk.imports;

import java.util.EnumMap;
import java.util.Map;
import org.transdesk.store.ImportCounts;

/** Counts of one file's outcomes and findings, as they come. */
public final class Tally {
  private final EnumMap<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
  private int copies;
  private int identical;
  private int errors;
  private int warnings;
  private int infos;

  public Tally() {
    for (Outcome o : Outcome.values()) outcomes.put(o, 0);
  }

  /** The units an earlier import held back, by outcome: what importing the same file again still reports. */
  static Tally heldBackBy(ImportCounts earlier) {
    Tally tally = new Tally();
    tally.outcomes.put(Outcome.STALE, earlier.stale());
    tally.outcomes.put(Outcome.CONFLICT, earlier.conflict());
    tally.outcomes.put(Outcome.PROTECTED, earlier.isProtected());
    tally.outcomes.put(Outcome.INVALID, earlier.invalid());
    tally.outcomes.put(Outcome.UNKNOWN, earlier.unknown());
    return tally;
  }

  /** The held-back outcomes that occurred, "1 stale, 2 invalid". */
  String heldBackParts() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (Outcome o : Outcome.values()) if (o.heldBack() && count(o) > 0) parts.add(count(o) + " " + o.label());
    return String.join(", ", parts);
  }

  void count(Verdict verdict) {
    outcomes.merge(verdict.outcome(), 1, Integer::sum);
    if (verdict.copy()) copies++;
    if (verdict.identical()) identical++;
  }

  void count(CheckFinding finding) {
    switch (finding.severity()) {
      case "error" -> errors++;
      case "warning" -> warnings++;
      default -> infos++;
    }
  }

  public int count(Outcome outcome) {
    return outcomes.get(outcome);
  }

  /** Units left empty because their target is still the source copy (part of {@link Outcome#EMPTY}). */
  public int copies() {
    return copies;
  }

  /** Targets identical to a names-or-numbers source that were accepted as translations. */
  public int identical() {
    return identical;
  }

  public int units() {
    return outcomes.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int heldBack() {
    int held = 0;
    for (Map.Entry<Outcome, Integer> e : outcomes.entrySet()) if (e.getKey().heldBack()) held += e.getValue();
    return held;
  }

  public int errors() {
    return errors;
  }

  public int warnings() {
    return warnings;
  }

  public int infos() {
    return infos;
  }

  public int findings() {
    return errors + warnings + infos;
  }

  ImportCounts counts() {
    return new ImportCounts(count(Outcome.APPLIED), count(Outcome.UNCHANGED), count(Outcome.EMPTY), count(Outcome.STALE),
        count(Outcome.CONFLICT), count(Outcome.PROTECTED), count(Outcome.INVALID), count(Outcome.UNKNOWN));
  }
}
