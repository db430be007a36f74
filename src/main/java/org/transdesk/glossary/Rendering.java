package org.transdesk.glossary;

import java.util.Locale;
import java.util.Objects;
import org.transdesk.Language;

/**
 * One target-side rendering of an entry: its language (a canonical BCP 47 tag, or {@code *} for
 * every language), its text, and whether it is forbidden rather than approved.
 */
public record Rendering(String language, String text, boolean forbidden) {
  /** The language value that means "every target language". */
  public static final String ANY = "*";

  public Rendering {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) throw new IllegalArgumentException("blank rendering");
  }

  /**
   * True when this rendering is meant for the target: {@code *}, the same tag, or the same
   * primary language when this rendering names no region or script ("de" serves "de-CH",
   * "de-CH" does not serve "de"; but see {@link Entry#approved}: an entry's only region serves its
   * bare language).
   */
  public boolean appliesTo(Language target) {
    if (language.equals(ANY) || language.equalsIgnoreCase(target.tag())) return true;
    return language.indexOf('-') < 0 && language.toLowerCase(Locale.ROOT).equals(target.primary());
  }
}
