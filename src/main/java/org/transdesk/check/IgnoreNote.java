package org.transdesk.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline way to accept a finding: a note on the unit reading {@code transdesk-ignore: RULE[, RULE…]}
 * ({@code *} for every rule). Unlike a baseline entry it stays when the target changes.
 */
public final class IgnoreNote {
  private static final Pattern MARKER = Pattern.compile("transdesk-ignore\\s*:\\s*([*a-z0-9, \\t-]+)", Pattern.CASE_INSENSITIVE);

  private IgnoreNote() {}

  /** The rule ids (or "*") the notes of a unit ignore; empty when none does. */
  public static Set<String> rules(List<String> notes) {
    Set<String> rules = new LinkedHashSet<>();
    for (String note : notes) {
      if (note == null || note.indexOf(':') < 0) continue;
      Matcher m = MARKER.matcher(note);
      while (m.find()) {
        for (String rule : m.group(1).split("[,\\s]+")) {
          if (!rule.isBlank()) rules.add(rule.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return rules;
  }

  /** True when the ignored rules cover this finding. */
  public static boolean covers(Set<String> ignored, Finding finding) {
    return !ignored.isEmpty() && (ignored.contains("*") || ignored.contains(finding.ruleId()));
  }
}
