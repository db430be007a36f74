package org.transdesk.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.transdesk.Language;

/**
 * One glossary entry (a concept): its type, its source forms (the first is the main one), its
 * approved and forbidden renderings, its match mode and a note for translators.
 */
public record Entry(EntryType type, List<String> sources, List<Rendering> renderings, MatchMode match, String note) {
  public Entry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(match, "match");
    sources = List.copyOf(sources);
    renderings = List.copyOf(renderings);
    note = note == null ? "" : note;
    if (sources.isEmpty()) throw new IllegalArgumentException("entry without a source form");
  }

  /**
   * Consistent with the record's equality (equal entries have equal types and main sources) but
   * cheaper: entries are map keys for every match, and hashing every rendering and note, then
   * every source form, even the type's identity hash, showed.
   */
  @Override
  public int hashCode() {
    return 31 * type.ordinal() + sources.get(0).hashCode();
  }

  /** The main source form. */
  public String source() {
    return sources.get(0);
  }

  /**
   * The approved renderings for a target language, language-specific ones first; for a name
   * without any, its source forms (a name is by default spelled as in the source).
   */
  public List<String> approved(Language target) {
    List<String> result = select(target, false);
    if (result.isEmpty() && type == EntryType.NAME) return sources;
    return result;
  }

  /** The forbidden renderings for a target language. */
  public List<String> forbidden(Language target) {
    return select(target, true);
  }

  private List<String> select(Language target, boolean forbidden) {
    List<String> specific = new ArrayList<>();
    List<String> any = new ArrayList<>();
    for (Rendering rendering : renderings) {
      if (rendering.forbidden() != forbidden || !rendering.appliesTo(target)) continue;
      List<String> into = rendering.language().equals(Rendering.ANY) ? any : specific;
      if (!into.contains(rendering.text()) && !(into == any && specific.contains(rendering.text()))) into.add(rendering.text());
    }
    for (String text : any) if (!specific.contains(text)) specific.add(text);
    return List.copyOf(specific);
  }
}
