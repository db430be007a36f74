package org.transdesk.check;

import java.util.Objects;
import org.transdesk.Language;

/**
 * One problem a check found in one unit.
 *
 * @param rule what was checked; {@code rule.id()} is the stable id
 * @param severity error, warning or info
 * @param file the XLIFF file the unit was read from, as given (null when not from a file)
 * @param line the line of the unit's start tag in that file (0 when unknown)
 * @param document the document the unit belongs to: file/@original, or the stored document name
 * @param unitId the unit id (the segment id for the desk's own files)
 * @param language the target language
 * @param span the offending text: what was found in the target, or what is missing from it
 * @param message what is wrong, for a translator: the source term, what was expected, what was found
 */
public record Finding(
    Rule rule,
    Severity severity,
    String file,
    int line,
    String document,
    String unitId,
    Language language,
    String span,
    String message) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line < 0: " + line);
    span = span == null ? "" : span;
  }

  /** The stable rule id, e.g. "number-changed". */
  public String ruleId() {
    return rule.id();
  }
}
