package org.transdesk.glossary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One word as written in a text, with what matching needs of it worked out once: its Unicode NFC
 * form, its lower case (independent of the JVM's default locale), its Snowball stem and its keys
 * without a genitive "s". Each is a function of the word's characters and the language's stemmer
 * only, so a word met again (news text repeats its words) is looked up in its thread's {@link
 * Table} instead of being lower-cased and stemmed again. Not thread-safe: a word belongs to one
 * thread's table, or to one text.
 */
final class Word {
  private static final MatchMode[] MODES = MatchMode.values();

  private final String written;
  private final int hash;
  /** The word's keys by match mode (see {@link #key}), worked out on first use. */
  private final String[] keys = new String[MODES.length];
  /** The keys of the word without an ending, by ending and match mode (see {@link #keyWithout}). */
  private String[][] without;

  private Word(String written, int hash) {
    this.written = written;
    this.hash = hash;
    String exact = isSurelyNfc(written) || Normalizer.isNormalized(written, Normalizer.Form.NFC)
        ? written : Normalizer.normalize(written, Normalizer.Form.NFC);
    keys[MatchMode.EXACT.ordinal()] = exact;
  }

  /** A word not remembered anywhere (glossary forms, texts matched without a table). */
  static Word of(String written) {
    return new Word(written, written.hashCode());
  }

  /** Text below U+0300 (no combining marks, no Hangul or other composing scripts) is always NFC. */
  private static boolean isSurelyNfc(String value) {
    for (int i = 0; i < value.length(); i++) if (value.charAt(i) >= '\u0300') return false;
    return true;
  }

  /** The word as written, in Unicode NFC. */
  String exact() {
    return keys[MatchMode.EXACT.ordinal()];
  }

  /**
   * The word in lower case, independent of the JVM's default locale, without what capitals take
   * away or add in some scripts, so a headline in capitals matches: German "STRAUSS" is "Strauß"
   * (ß has no capital in common use), Greek "ΟΔΥΣΣΕΑΣ" is "Οδυσσέας" (capitals drop the accents;
   * final ς), Turkish "İstanbul" is "istanbul" (the dot of İ). The casing is {@link Locale#ROOT}'s,
   * or Turkish's where I is the capital of ı ({@link Stemmer#fold}).
   */
  static String fold(String word, Locale casing) {
    String lower = word.toLowerCase(casing);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= '\u00DF') return foldRest(lower, i);
    }
    return lower;
  }

  private static String foldRest(String lower, int from) {
    StringBuilder out = new StringBuilder(lower.length() + 2).append(lower, 0, from);
    for (int i = from; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '\u00DF') {
        out.append("ss");
      } else if (c == '\u03C2') {
        out.append('\u03C3');
      } else if (c >= '\u0370' && c <= '\u03FF' || c >= '\u1F00' && c <= '\u1FFF') {
        for (char d : java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).toCharArray()) {
          if (d < '\u0300' || d > '\u036F') out.append(d);
        }
      } else if (c == '\u0307' && i > 0 && lower.charAt(i - 1) == 'i') {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The word in the language's lower case, independent of the JVM's default locale ({@link Stemmer#fold}). */
  String lower(Stemmer stemmer) {
    String value = keys[MatchMode.IGNORE_CASE.ordinal()];
    return value != null ? value : newKey(MatchMode.IGNORE_CASE, stemmer);
  }

  /** The Snowball stem of the lower-case word. */
  String stem(Stemmer stemmer) {
    String value = keys[MatchMode.INFLECTED.ordinal()];
    return value != null ? value : newKey(MatchMode.INFLECTED, stemmer);
  }

  /** The word's key for a match mode: as written, in lower case, or its stem. */
  String key(MatchMode mode, Stemmer stemmer) {
    String value = keys[mode.ordinal()];
    return value != null ? value : newKey(mode, stemmer);
  }

  /** Works a key out (once per word: kept out of the callers, which mostly find it done). */
  private String newKey(MatchMode mode, Stemmer stemmer) {
    String value;
    if (mode == MatchMode.IGNORE_CASE) {
      value = stemmer.fold(exact());
    } else {
      String lower = lower(stemmer);
      value = stemmer.stem(lower);
      // One string for a word that is its own stem.
      if (value.equals(lower)) value = lower;
    }
    keys[mode.ordinal()] = value;
    return value;
  }

  /**
   * An ending a name may take in a text: the genitive "s" ("Bidens", "Biden’s" is "Biden" + "s")
   * or the German place adjective "er" ("Moskauer", "New Yorker" is "Moskau", "New York" + "er").
   */
  enum Ending {
    S("s"), ER("er");

    final String letters;

    Ending(String letters) {
      this.letters = letters;
    }
  }

  /** The key of the word without the ending, or null when the word does not end so (or is nothing else). */
  String keyWithout(Ending ending, MatchMode mode, Stemmer stemmer) {
    String exact = exact();
    if (exact.length() <= ending.letters.length() || !exact.endsWith(ending.letters)) return null;
    String value = without == null || without[ending.ordinal()] == null ? null : without[ending.ordinal()][mode.ordinal()];
    return value != null ? value : newKeyWithout(ending, mode, stemmer);
  }

  private String newKeyWithout(Ending ending, MatchMode mode, Stemmer stemmer) {
    String exact = exact();
    String bare = exact.substring(0, exact.length() - ending.letters.length());
    String value = switch (mode) {
      case EXACT -> bare;
      case IGNORE_CASE -> stemmer.fold(bare);
      case INFLECTED -> stemmer.stem(stemmer.fold(bare));
    };
    if (without == null) without = new String[Ending.values().length][];
    if (without[ending.ordinal()] == null) without[ending.ordinal()] = new String[MODES.length];
    without[ending.ordinal()][mode.ordinal()] = value;
    return value;
  }

  /**
   * The words one thread has met in one language's texts, by their characters as written: an open
   * hash table that stops taking new words at {@link #LIMIT} (those are then worked out each
   * time), so its memory stays flat however long the run.
   */
  static final class Table {
    static final int LIMIT = 1 << 12;

    private Word[] slots = new Word[1 << 10];
    private int size;

    /** The word written at {@code [start, end)} of the text. */
    Word word(String text, int start, int end) {
      int length = end - start;
      int hash = 0;
      for (int i = start; i < end; i++) hash = 31 * hash + text.charAt(i);
      int mask = slots.length - 1;
      int slot = mix(hash) & mask;
      for (Word word = slots[slot]; word != null; word = slots[slot]) {
        if (word.hash == hash && word.written.length() == length && text.regionMatches(start, word.written, 0, length)) return word;
        slot = (slot + 1) & mask;
      }
      Word word = new Word(text.substring(start, end), hash);
      if (size < LIMIT) {
        slots[slot] = word;
        if (++size * 2 > slots.length) grow();
      }
      return word;
    }

    int size() {
      return size;
    }

    private void grow() {
      Word[] old = slots;
      slots = new Word[old.length * 2];
      int mask = slots.length - 1;
      for (Word word : old) {
        if (word == null) continue;
        int slot = mix(word.hash) & mask;
        while (slots[slot] != null) slot = (slot + 1) & mask;
        slots[slot] = word;
      }
    }

    private static int mix(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
