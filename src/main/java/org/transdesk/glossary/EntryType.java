package org.transdesk.glossary;

import java.util.Locale;

/** What kind of glossary entry this is; decides the default match mode and how checks treat it. */
public enum EntryType {
  /** A person, place or organisation: must appear spelled exactly as approved (by default as in the source). */
  NAME("name"),
  /** A title or function: must be rendered with an approved translation. */
  TITLE("title"),
  /** Any other term. */
  TERM("term");

  private final String spelling;

  EntryType(String spelling) {
    this.spelling = spelling;
  }

  /** The spelling used in CSV glossaries ("name", "title", "term"). */
  public String spelling() {
    return spelling;
  }

  /** The default match mode for entries of this type: exact for names, inflected otherwise. */
  public MatchMode defaultMatch() {
    return this == NAME ? MatchMode.EXACT : MatchMode.INFLECTED;
  }

  /** The type spelled as in a CSV glossary, or null when unknown. */
  static EntryType fromSpelling(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (EntryType type : values()) if (type.spelling.equals(key)) return type;
    return null;
  }

  @Override
  public String toString() {
    return spelling;
  }
}
