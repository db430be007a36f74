package org.transdesk.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.transdesk.glossary.Entry;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.TermMatcher;

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

  /** One hint per glossary entry found in a source's plain text, in order of first appearance. */
  public static List<GlossaryHint> of(TermMatcher matcher, String plain) {
    if (matcher == null || plain == null || plain.isEmpty()) return List.of();
    List<Match> matches = matcher.find(plain);
    if (matches.isEmpty()) return List.of();
    List<Entry> seen = new ArrayList<>();
    List<GlossaryHint> hints = new ArrayList<>();
    for (Match match : matches) {
      Entry entry = match.entry();
      if (seen.contains(entry)) continue;
      seen.add(entry);
      GlossaryHint hint = new GlossaryHint(entry.source(), entry.type().spelling(), matcher.approved(entry),
          entry.forbidden(matcher.target()), entry.note());
      // A title with no rendering for this language says nothing a translator can use.
      if (hint.isUseful()) hints.add(hint);
    }
    return hints;
  }

  /**
   * Whether a note holds nothing but hints the export writes for this source, one or several (a
   * tool may merge notes), whatever its {@code from} says now; white space does not count.
   */
  public static boolean onlyHints(String note, List<GlossaryHint> hints) {
    if (hints.isEmpty() || note == null || note.isBlank()) return false;
    String rest = squeeze(note);
    for (GlossaryHint hint : hints) rest = rest.replace(squeeze(hint.describe()), " ");
    return rest.isBlank();
  }

  private static String squeeze(String text) {
    return " " + text.strip().replaceAll("\\s+", " ") + " ";
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
