package org.transdesk.glossary;

import java.util.Locale;

/** How an entry's text is compared with a segment's text. */
public enum MatchMode {
  /** Same letters, same case, same separators (a name as approved). */
  EXACT("exact"),
  /** Same letters in any case. */
  IGNORE_CASE("ignore-case"),
  /** Same Snowball stems in any case, so inflected forms match ("des Sondergesandten"). */
  INFLECTED("inflected");

  private final String spelling;

  MatchMode(String spelling) {
    this.spelling = spelling;
  }

  /** The spelling used in glossary files ("exact", "ignore-case", "inflected"). */
  public String spelling() {
    return spelling;
  }

  /** The mode spelled as in a glossary file, or null when unknown. */
  static MatchMode fromSpelling(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (MatchMode mode : values()) if (mode.spelling.equals(key)) return mode;
    return null;
  }

  @Override
  public String toString() {
    return spelling;
  }
}
