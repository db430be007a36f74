package org.transdesk.imports;

/**
 * One line of an import's listing: a unit with its outcome, or a finding of the checks on one.
 *
 * @param unitId the unit id
 * @param line the line of the unit in the file
 * @param outcome the unit's outcome (for a finding: applied)
 * @param reason why, for an outcome
 * @param source the returned source (for stale units), else null
 * @param storedSource the desk's source (for stale units), else null
 * @param target the returned target for held units, else null
 * @param finding the finding, or null for an outcome line
 * @param note a note or comment the translator left on the unit, or null for any other line
 */
public record Listed(String unitId, int line, Outcome outcome, String reason, String source, String storedSource,
    String target, CheckFinding finding, String note) {
  /** An outcome or finding line. */
  public Listed(String unitId, int line, Outcome outcome, String reason, String source, String storedSource,
      String target, CheckFinding finding) {
    this(unitId, line, outcome, reason, source, storedSource, target, finding, null);
  }

  /** A line for a note the translator left. */
  static Listed note(ReturnedUnit unit, Outcome outcome, String note) {
    return new Listed(unit.id(), unit.line(), outcome, "", null, null, null, null, note);
  }
}
