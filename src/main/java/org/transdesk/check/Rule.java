package org.transdesk.check;

/**
 * Every check transdesk runs, with its stable id (never renamed: baselines, stored findings and
 * CI configurations refer to it), its usual severity and a one-line description for SARIF and help.
 */
public enum Rule {
  NAME_MISSING("name-missing", Severity.ERROR,
      "A name of the glossary that is in the source is missing from the target."),
  NAME_MISSPELLED("name-misspelled", Severity.ERROR,
      "A name is spelled as a near or forbidden variant instead of the approved spelling."),
  TERM_NOT_APPROVED("term-not-approved", Severity.ERROR,
      "A title or term of the glossary is not rendered with one of its approved translations."),
  TERM_FORBIDDEN("term-forbidden", Severity.ERROR,
      "The target uses a rendering the glossary forbids."),
  TERM_COUNT("term-count", Severity.WARNING,
      "A name or term occurs a different number of times in the target than in the source."),
  TARGET_EMPTY("target-empty", Severity.ERROR,
      "The target is empty although the source is not."),
  TARGET_SAME_AS_SOURCE("target-same-as-source", Severity.WARNING,
      "The target is identical to the source: it was probably left untranslated."),
  NUMBER_CHANGED("number-changed", Severity.ERROR,
      "A number of the source is missing from the target (formatting such as 1,000 / 1.000 / 1 000 may differ)."),
  NUMBER_ADDED("number-added", Severity.WARNING,
      "The target has a number the source does not have (a year or figure typed in by mistake, or a number the source spells out)."),
  CODE_MISSING("code-missing", Severity.ERROR,
      "An inline code of the source is missing from the target."),
  CODE_ADDED("code-added", Severity.ERROR,
      "The target has an inline code the source does not have."),
  CODE_CHANGED("code-changed", Severity.ERROR,
      "An inline code has a different kind in the target than in the source."),
  CODE_ORDER("code-order", Severity.WARNING,
      "The inline codes of the target are in a different order than in the source."),
  WHITESPACE_LEADING("whitespace-leading", Severity.WARNING,
      "The target begins with different white space than the source."),
  WHITESPACE_TRAILING("whitespace-trailing", Severity.WARNING,
      "The target ends with different white space than the source."),
  DOUBLE_SPACE("double-space", Severity.WARNING,
      "The target has a doubled space the source does not have."),
  SOURCE_STALE("source-stale", Severity.ERROR,
      "The source text of the unit no longer matches the fingerprint the desk exported it with."),
  // Added after the others: SARIF's ruleIndex of the rules before it stays the same.
  TARGET_INCOMPLETE("target-incomplete", Severity.ERROR,
      "Some segments of the unit have a target and others have none: the translation is unfinished.");

  private final String id;
  private final Severity severity;
  private final String description;

  Rule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** The stable id, e.g. "name-missing". */
  public String id() {
    return id;
  }

  /** The severity its findings usually have (a finding may be lower, see the README table). */
  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    for (Rule rule : values()) if (rule.id.equals(id)) return rule;
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}
