package org.transdesk.xliff;

import java.util.List;
import java.util.Objects;

/**
 * What the glossary says about a term found in a unit's source: its type (name, title, term), the
 * renderings approved for the target language, the forbidden ones, and the desk's note.
 */
public record GlossaryHint(String source, String type, List<String> approved, List<String> forbidden, String note) {
  public GlossaryHint {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    approved = List.copyOf(approved);
    forbidden = List.copyOf(forbidden);
    note = note == null || note.isBlank() ? null : note.strip();
  }

  /** One line for an XLIFF 1.2 note: {@code US special envoy (title): US-Sondergesandter | Sondergesandter der USA; not: Sonderbotschafter — note}. */
  String describe() {
    StringBuilder text = new StringBuilder(source).append(" (").append(type).append("): ");
    if (!approved.isEmpty()) text.append(String.join(" | ", approved));
    if (!forbidden.isEmpty()) text.append(approved.isEmpty() ? "not: " : "; not: ").append(String.join(" | ", forbidden));
    if (note != null) text.append(" \u2014 ").append(note);
    return text.toString();
  }

  /** For the XLIFF 2.0 gls:definition: the type, what must not be written, and the desk's note. */
  String definition() {
    StringBuilder text = new StringBuilder(type);
    if (!forbidden.isEmpty()) text.append("; not: ").append(String.join(" | ", forbidden));
    if (note != null) text.append(" \u2014 ").append(note);
    return text.toString();
  }

  /** True when the glossary says something for the language: an approved or a forbidden rendering. */
  boolean isUseful() {
    return !approved.isEmpty() || !forbidden.isEmpty();
  }
}
