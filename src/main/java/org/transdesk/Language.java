package org.transdesk;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A BCP 47 language tag in its canonical spelling ("de", "de-CH", "zh-Hant-TW"). */
public record Language(String tag) implements Comparable<Language> {
  public Language {
    if (tag == null || tag.isBlank()) throw new IllegalArgumentException("empty language tag");
  }

  /**
   * Parses a tag as a user or a file wrote it; "de_DE" is accepted as "de-DE", "deu-CH" as "de-CH". Throws
   * {@link DeskException} with {@link ExitCode#USAGE} for anything that is not a well-formed tag
   * with a known primary language.
   */
  public static Language parse(String text) {
    String raw = text == null ? "" : text.strip().replace('_', '-');
    if (raw.isEmpty()) throw new DeskException(ExitCode.USAGE, "empty language tag: give a BCP 47 tag such as de or fr-CA");
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(raw).build();
    } catch (IllformedLocaleException e) {
      throw new DeskException(ExitCode.USAGE, "unknown language tag '%s': give a BCP 47 tag such as de or fr-CA", text);
    }
    String language = locale.getLanguage();
    if (language.isEmpty() || !isKnownLanguage(language)) {
      throw new DeskException(ExitCode.USAGE, "unknown language tag '%s': give a BCP 47 tag such as de or fr-CA", text);
    }
    String shortest = language.length() == 3 ? TwoLetter.CODES.get(language) : null;
    if (shortest != null) locale = new Locale.Builder().setLocale(locale).setLanguage(shortest).build();
    return new Language(locale.toLanguageTag());
  }

  /**
   * A tag that is well-formed BCP 47 but names no registered language ("xx", "zz": placeholders some
   * tools write for a target not yet chosen), as written; null when it is not even well-formed.
   * For reading other tools' files, never for what a desk is set up with.
   */
  public static Language wellFormed(String text) {
    String raw = text == null ? "" : text.strip().replace('_', '-');
    try {
      Locale locale = new Locale.Builder().setLanguageTag(raw).build();
      return locale.getLanguage().isEmpty() ? null : new Language(locale.toLanguageTag());
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  /**
   * ISO 639-2 codes of languages that have a two-letter code, to that code: BCP 47 writes "de",
   * never "deu" or "ger", and a glossary row or file in "deu" must serve a desk that says "de".
   * Built on the first three-letter tag only: it makes a Locale per language, about 15 ms of every
   * command's start when built with the class.
   */
  private static final class TwoLetter {
    static final Map<String, String> CODES = twoLetterCodes();
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      if (code.length() == 2) codes.put(new Locale(code).getISO3Language(), code);
    }
    // The bibliographic variants of ISO 639-2 (Locale knows the terminology ones only).
    String[][] bibliographic = {{"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"},
        {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"}, {"mac", "mk"},
        {"mao", "mi"}, {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"}};
    for (String[] pair : bibliographic) codes.put(pair[0], pair[1]);
    codes.keySet().removeIf(three -> three.length() != 3);
    return Map.copyOf(codes);
  }

  /** Parses a comma-separated list such as "de,fr-CA", dropping duplicates, keeping order. */
  public static List<Language> parseList(String text) {
    List<Language> languages = new ArrayList<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) continue;
      Language language = parse(part);
      if (!languages.contains(language)) languages.add(language);
    }
    if (languages.isEmpty()) throw new DeskException(ExitCode.USAGE, "no language given in '%s'", text);
    return List.copyOf(languages);
  }

  private static boolean isKnownLanguage(String language) {
    if (language.length() == 2 || language.length() == 3) {
      for (String known : Locale.getISOLanguages()) if (known.equals(language)) return true;
      // ISO 639-2/3 codes beyond the two-letter list are still real languages (e.g. "yue").
      return language.length() == 3;
    }
    return false;
  }

  /** The primary language subtag, lower case: "de" for "de-CH". */
  public String primary() {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /** True when both tags name the same language ignoring case, or one is a region of the other's. */
  public boolean matches(Language other) {
    if (tag.equalsIgnoreCase(other.tag)) return true;
    return primary().equals(other.primary()) && (tag.indexOf('-') < 0 || other.tag.indexOf('-') < 0);
  }

  /**
   * The script texts in this language are written in, as an ISO 15924 code: the tag's own
   * ("sr-Latn"), else the likely one from CLDR ("Latn" for de, "Cyrl" for ru and sr, "Jpan" for ja,
   * "Hans" for zh, "Hant" for zh-TW). Empty when CLDR does not know the language.
   */
  public String script() {
    return ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getScript();
  }

  /** Whether both languages are written in the same script; true when the script of either is unknown. */
  public boolean writtenLike(Language other) {
    String mine = script();
    String theirs = other.script();
    return mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs);
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  @Override
  public int compareTo(Language other) {
    return tag.compareTo(other.tag);
  }

  @Override
  public String toString() {
    return tag;
  }
}
