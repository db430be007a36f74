package org.transdesk.check;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.transdesk.Language;

/**
 * What the checker looks at: one unit's source and target in the neutral inline form
 * (CONTRACT.md), their languages, the unit's state, and where it came from.
 *
 * @param file the file the unit was read from, as given (null when none)
 * @param line the line of the unit in that file (0 when unknown)
 * @param document the document name (file/@original or the stored name; may be null)
 * @param unitId the unit id
 * @param sourceLanguage the source language
 * @param targetLanguage the target language
 * @param source the source, neutral form
 * @param target the target, neutral form; null or "" when there is none
 * @param state the unit's state in transdesk's words (new, translated, reviewed, final,
 *     needs-update); null when the file says nothing
 * @param fingerprint the fingerprint the file carries for the source (td:fingerprint), null if none
 * @param codeIds the file's ids of inline codes whose neutral id differs, by neutral id (messages
 *     name a code as the file does)
 * @param lineBreaks the neutral ids of standalone codes known to be line breaks (an HTML
 *     {@code <br>} in the stored segment): the words on either side are two words to the checks
 */
public record TranslationPair(
    String file,
    int line,
    String document,
    String unitId,
    Language sourceLanguage,
    Language targetLanguage,
    String source,
    String target,
    String state,
    String fingerprint,
    Map<String, String> codeIds,
    Set<String> lineBreaks) {

  public TranslationPair {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    Objects.requireNonNull(targetLanguage, "targetLanguage");
    Objects.requireNonNull(source, "source");
    target = target == null ? "" : target;
    if (line < 0) throw new IllegalArgumentException("line < 0: " + line);
    codeIds = codeIds == null ? Map.of() : codeIds;
    lineBreaks = lineBreaks == null ? Set.of() : lineBreaks;
  }

  /** A pair with no code known to be a line break. */
  public TranslationPair(String file, int line, String document, String unitId, Language sourceLanguage,
      Language targetLanguage, String source, String target, String state, String fingerprint, Map<String, String> codeIds) {
    this(file, line, document, unitId, sourceLanguage, targetLanguage, source, target, state, fingerprint, codeIds, Set.of());
  }

  /** A pair whose code ids are the neutral ones. */
  public TranslationPair(String file, int line, String document, String unitId, Language sourceLanguage,
      Language targetLanguage, String source, String target, String state, String fingerprint) {
    this(file, line, document, unitId, sourceLanguage, targetLanguage, source, target, state, fingerprint, Map.of());
  }

  /** A pair with no location, state or fingerprint. */
  public static TranslationPair of(String unitId, Language sourceLanguage, Language targetLanguage, String source, String target) {
    return new TranslationPair(null, 0, null, unitId, sourceLanguage, targetLanguage, source, target, null, null);
  }

  /** The same pair, read from {@code file} at {@code line}, belonging to {@code document}. */
  public TranslationPair at(String file, int line, String document) {
    return new TranslationPair(file, line, document, unitId, sourceLanguage, targetLanguage, source, target, state,
        fingerprint, codeIds, lineBreaks);
  }

  public TranslationPair withState(String state) {
    return new TranslationPair(file, line, document, unitId, sourceLanguage, targetLanguage, source, target, state,
        fingerprint, codeIds, lineBreaks);
  }

  /** The same pair, the codes with these neutral ids being line breaks. */
  public TranslationPair withLineBreaks(Set<String> lineBreaks) {
    return new TranslationPair(file, line, document, unitId, sourceLanguage, targetLanguage, source, target, state,
        fingerprint, codeIds, Set.copyOf(lineBreaks));
  }

  public TranslationPair withFingerprint(String fingerprint) {
    return new TranslationPair(file, line, document, unitId, sourceLanguage, targetLanguage, source, target, state,
        fingerprint, codeIds, lineBreaks);
  }

  /** True when the state says the translator considers the target done. */
  boolean claimsTranslated() {
    return state != null && switch (state) {
      case "translated", "reviewed", "final" -> true;
      default -> false;
    };
  }
}
