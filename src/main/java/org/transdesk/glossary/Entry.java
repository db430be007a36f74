package org.transdesk.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.transdesk.Language;

/**
 * One glossary entry (a concept): its type, its source forms (the first is the main one), its
 * approved and forbidden renderings, its match mode and a note for translators. A value: equal
 * when all five are equal.
 *
 * <p>A class rather than a record for one reason: it keeps a slot for what a {@link TermMatcher}
 * compiled of its target side, so that checking a segment reaches an entry's renderings with one
 * read instead of a hash look-up among every entry of the glossary (with 100,000 entries, each
 * look-up cost several cache misses).
 */
public final class Entry {
  private final EntryType type;
  private final List<String> sources;
  private final List<Rendering> renderings;
  private final MatchMode match;
  private final String note;
  /** See {@link TermMatcher#renderings}: the target side last compiled, with the matcher that did. */
  volatile Object compiled;

  public Entry(EntryType type, List<String> sources, List<Rendering> renderings, MatchMode match, String note) {
    this.type = Objects.requireNonNull(type, "type");
    this.match = Objects.requireNonNull(match, "match");
    this.sources = List.copyOf(sources);
    this.renderings = List.copyOf(renderings);
    this.note = note == null ? "" : note;
    if (this.sources.isEmpty()) throw new IllegalArgumentException("entry without a source form");
  }

  public EntryType type() {
    return type;
  }

  public List<String> sources() {
    return sources;
  }

  public List<Rendering> renderings() {
    return renderings;
  }

  public MatchMode match() {
    return match;
  }

  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Entry entry && type == entry.type && match == entry.match
        && sources.equals(entry.sources) && renderings.equals(entry.renderings) && note.equals(entry.note);
  }

  /** Equal entries have equal types and main sources; hashing only those keeps the hash cheap. */
  @Override
  public int hashCode() {
    return 31 * type.ordinal() + sources.get(0).hashCode();
  }

  @Override
  public String toString() {
    return "Entry[type=" + type + ", sources=" + sources + ", renderings=" + renderings + ", match=" + match
        + ", note=" + note + "]";
  }

  /** The main source form. */
  public String source() {
    return sources.get(0);
  }

  /**
   * The approved renderings for a target language, language-specific ones first. A target
   * without a region ("de") is also served by the entry's renderings for one region ("de-DE")
   * when the entry has none for the bare language and none for another region.
   *
   * <p>A name without any is spelled as in the source: its source forms, when the target is
   * written in the source language's script ({@code sameScript}, see {@link
   * Language#writtenLike}), or when the glossary forbids spellings for the target (a row for that
   * language that leaves the target empty). Otherwise none: "Pyongyang" is not how a Japanese or
   * Russian text writes the name, and the glossary does not say what is.
   */
  public List<String> approved(Language target, boolean sameScript) {
    List<String> result = select(target, false);
    if (result.isEmpty() && type == EntryType.NAME && (sameScript || !forbidden(target).isEmpty())) return sources;
    return result;
  }

  /** The forbidden renderings for a target language. */
  public List<String> forbidden(Language target) {
    return select(target, true);
  }

  private List<String> select(Language target, boolean forbidden) {
    List<String> specific = new ArrayList<>();
    List<String> any = new ArrayList<>();
    String variant = soleVariant(target);
    for (Rendering rendering : renderings) {
      if (rendering.forbidden() != forbidden) continue;
      if (!rendering.appliesTo(target) && !rendering.language().equals(variant)) continue;
      List<String> into = rendering.language().equals(Rendering.ANY) ? any : specific;
      if (!into.contains(rendering.text()) && !(into == any && specific.contains(rendering.text()))) into.add(rendering.text());
    }
    for (String text : any) if (!specific.contains(text)) specific.add(text);
    return List.copyOf(specific);
  }

  /**
   * For a target that names no region ("de"), the one regional tag of its language this entry has
   * renderings for ("de-DE"), when it has none in the bare language: a desk that keeps only its
   * German German spellings means them for "de" files too, as {@link Language#matches} pairs "de"
   * with "de-DE". Null otherwise: with a bare "de" rendering that one serves, and with several
   * regions ("de-DE", "de-CH") none can be chosen.
   */
  private String soleVariant(Language target) {
    if (target.tag().indexOf('-') >= 0) return null;
    String variant = null;
    for (Rendering rendering : renderings) {
      String language = rendering.language();
      if (language.equals(Rendering.ANY) || !language.regionMatches(true, 0, target.primary(), 0, target.primary().length())) continue;
      if (language.length() == target.primary().length()) return null;
      if (language.charAt(target.primary().length()) != '-') continue;
      if (variant != null && !variant.equals(language)) return null;
      variant = language;
    }
    return variant;
  }
}
