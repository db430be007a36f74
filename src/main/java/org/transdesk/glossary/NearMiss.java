package org.transdesk.glossary;

/**
 * Text in a target that resembles an approved name without being it: the span [start, end), the
 * text there, the approved spelling it resembles, and how it differs.
 */
public record NearMiss(int start, int end, String text, String expected, Kind kind) {
  /** How a near miss differs from the approved spelling. */
  public enum Kind {
    /** Same name, other spelling: hyphen or space or case differs, tokens joined, or a token within a small edit distance. */
    SPELLING,
    /** Part of the name only: one or more of its tokens missing ("Noh" or "Noh Duk" for "Noh Kyu Duk"). */
    PARTIAL
  }
}
