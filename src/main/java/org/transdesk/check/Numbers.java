package org.transdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.Scripts;

/**
 * The numbers written in digits in a text, each with a key that ignores locale formatting: 1,000,
 * 1.000, 1 000 (also with no-break or thin spaces, or an apostrophe) and 1000 share the key
 * "1000"; 1.5 and 1,5 share "15". Thousands are grouped only after a lead of one to three digits,
 * so a year such as 2019 is never joined with the number after it ("in 2019 100 people"). A clock
 * time is one number whatever the locale writes: 17:15, 17.15 (German "17.15 Uhr") and 17h15 or
 * 17 h 15 (French) share "1715", as does "5:15 p.m." (and "5 p.m." is "17", as in "17 Uhr"); a
 * leading zero of the hours does not count ("07:30" is "7:30").
 */
final class Numbers {
  /**
   * One number as written, and its key; a clock time also has its hours and minutes as {@code
   * parts}, for texts that write the same figures as two numbers (a score "21-17" is "21:17").
   */
  record Number(String written, String key, List<Number> parts, Sign sign) {
    Number(String written, String key) {
      this(written, key, List.of(), Sign.NONE);
    }

    Number(String written, String key, List<Number> parts) {
      this(written, key, parts, Sign.NONE);
    }
  }

  /**
   * How a number is marked negative: by a minus sign against its first figure ("-5", "−5"), by a
   * word before it ("minus 5", "moins 5"), or not at all. A hyphen after a letter or a figure
   * ("COVID-19", "A-1", "2-3") is no sign.
   */
  enum Sign { NONE, MINUS, MINUS_WORD }

  private Numbers() {}

  /** True when one of the numbers is a clock time. */
  static boolean anyTime(List<Number> numbers) {
    for (Number number : numbers) if (!number.parts().isEmpty()) return true;
    return false;
  }

  /** The numbers with every clock time split into its hours and minutes. */
  static List<Number> split(List<Number> numbers) {
    List<Number> result = new ArrayList<>(numbers.size() + 2);
    for (Number number : numbers) {
      if (number.parts().isEmpty()) result.add(number);
      else result.addAll(number.parts());
    }
    return result;
  }

  static List<Number> in(String text) {
    return in(text, ScaleWords.NONE);
  }

  /**
   * The numbers of a text, a figure followed by one of {@code scales}' words read as its value
   * ("2.4 billion" is 2400000000, as "2.400 millones" is).
   */
  static List<Number> in(String text, ScaleWords scales) {
    List<Number> numbers = new ArrayList<>(0);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((c == 'I' || c == 'V' || c == 'X') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int end = romanOrdinalEnd(text, i);
        if (end > 0) {
          int numerals = i;
          while ("IVX".indexOf(text.charAt(numerals)) >= 0) numerals++;
          numbers.add(new Number(text.substring(i, end), Integer.toString(roman(text.substring(i, numerals)))));
          i = end;
          continue;
        }
      }
      if (!isDigit(c) || i > 0 && (isDigit(text.charAt(i - 1)) || isWordLetter(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      int lead = run(text, i);
      int end = i + lead;
      int time = lead <= 2 ? timeEnd(text, start, end) : -1;
      if (time > 0) {
        String written = text.substring(start, time);
        String minutes = text.substring(time - 2, time);
        int meridiem = meridiem(text, time);
        if (meridiem == 0) meridiem = rangeMeridiem(text, time, value(text, start, end));
        String hours = hours(Integer.parseInt(key(text.substring(start, end))), meridiem);
        if (hours == null) hours = Integer.toString(Integer.parseInt(key(text.substring(start, end))));
        numbers.add(new Number(written, hours + key(minutes),
            List.of(new Number(text.substring(start, end), hours), new Number(minutes, key(minutes)))));
        i = time;
        continue;
      }
      int meridiem = lead <= 2 ? meridiem(text, end) : 0;
      if (meridiem == 0 && lead <= 2) meridiem = rangeMeridiem(text, end, value(text, start, end));
      if (meridiem != 0) {
        // An hour of the 12-hour clock: "5 p.m." is 17 ("17 Uhr", "17 h").
        String hours = hours(Integer.parseInt(key(text.substring(start, end))), meridiem);
        if (hours != null) {
          numbers.add(new Number(text.substring(start, end), hours));
          i = end;
          continue;
        }
      }
      Sign sign = sign(text, start);
      int from = sign == Sign.MINUS ? start - 1 : start;
      if (lead == 4 && text.charAt(start) != '0') {
        int year = shortYearAfter(text, end, value(text, start, end));
        if (year > 0) {
          // A season or term "2019/20" is the years 2019 and 2020, as "2019/2020" is.
          numbers.add(new Number(text.substring(from, end), key(text.substring(start, end)), List.of(), sign));
          numbers.add(new Number(text.substring(start, end + 3), Integer.toString(year)));
          i = end + 3;
          continue;
        }
      }
      if (lead <= 3) {
        // Groups of exactly three digits after a separator: 1,000 / 1.000 / 1 000 / 1'000.
        while (end + 4 <= n && isGroupSeparator(text.charAt(end)) && run(text, end + 1) == 3) end += 4;
      }
      // A decimal part: 2.5 / 2,5.
      int decimals = 0;
      if (end + 1 < n && (text.charAt(end) == '.' || text.charAt(end) == ',') && isDigit(text.charAt(end + 1))) {
        decimals = run(text, end + 1);
        end += 1 + decimals;
      }
      String figures = text.substring(start, end);
      String key = key(figures);
      // "07.30" (a time written with a decimal point) is 7:30: a leading zero of two digits does not count.
      if (lead == 2 && key.charAt(0) == '0') key = key.substring(1);
      int exponent = 0;
      int scaled = end;
      boolean afterCurrency = start > 0 && CURRENCY_SIGNS.indexOf(text.charAt(start - 1)) >= 0;
      for (int at = end; ; ) {
        boolean glued = at == end;
        if (at < n && (isSpace(text.charAt(at)) || glued && text.charAt(at) == '-')) at++;
        int word = at < n && Character.isLetter(text.charAt(at)) ? scales.find(text, at, at == end, afterCurrency) : -1;
        if (word < 0) break;
        exponent += scales.exponent(word);
        scaled = at + scales.length(word);
        at = scaled;
      }
      if (exponent > 0) {
        key = scaled(key(figures), decimals, exponent);
        end = scaled;
      }
      String written = from == start && end == start + figures.length() ? figures : text.substring(from, end);
      numbers.add(new Number(written, key, List.of(), sign));
      i = end;
    }
    return numbers;
  }

  private static final String CURRENCY_SIGNS = "$£€¥";

  /**
   * The key of a figure times 10^exponent: its digits with the zeros the decimals leave over
   * ("1,5" and 6 is "1500000"); keys ignore where the decimal point is, so any decimals still left
   * stay as digits (1.2345678 million is 1234567.8, key "12345678").
   */
  private static String scaled(String digits, int decimals, int exponent) {
    StringBuilder key = new StringBuilder(digits);
    for (int zeros = exponent - decimals; zeros > 0; zeros--) key.append('0');
    int lead = 0;
    while (lead < key.length() - 1 && key.charAt(lead) == '0') lead++;
    return key.substring(lead);
  }

  /**
   * How the number starting at {@code start} is marked negative. A minus sign must stand at the
   * start of the text or after a space or an opening bracket or quote; a word is only "minus",
   * "moins", "menos", "meno", "минус" or "мінус" one space before.
   */
  private static Sign sign(String text, int start) {
    if (start == 0) return Sign.NONE;
    char before = text.charAt(start - 1);
    if (before == '-' || before == '\u2212') {
      if (start == 1) return Sign.MINUS;
      char lead = text.charAt(start - 2);
      return Character.isWhitespace(lead) || "([{\"'«„“‘/".indexOf(lead) >= 0 ? Sign.MINUS : Sign.NONE;
    }
    if (!isSpace(before) || start < 2 || !Character.isLetter(text.charAt(start - 2))) return Sign.NONE;
    for (String word : MINUS_WORDS) {
      int at = start - 1 - word.length();
      if (at < 0 || !text.regionMatches(true, at, word, 0, word.length())) continue;
      if (at == 0 || !Character.isLetter(text.charAt(at - 1))) return Sign.MINUS_WORD;
    }
    return Sign.NONE;
  }

  private static final String[] MINUS_WORDS = {"minus", "moins", "menos", "meno", "минус", "мінус"};

  /**
   * The second year of a range written with two figures after the first year {@code first}
   * ending at {@code end}: "2019/20", "2019-20", "1999–00" (the next year of those figures, at
   * most 30 years on); -1 when there is none. A date "2019-05-01" or a month "2019-05" is none.
   */
  private static int shortYearAfter(String text, int end, int first) {
    int n = text.length();
    if (end + 3 > n || "/-\u2013".indexOf(text.charAt(end)) < 0 || run(text, end + 1) != 2) return -1;
    int after = end + 3;
    if (after < n && Character.isLetter(text.charAt(after))) return -1;
    if (after + 1 < n && "/-.:".indexOf(text.charAt(after)) >= 0 && isDigit(text.charAt(after + 1))) return -1;
    int year = first / 100 * 100 + value(text, end + 1, after);
    if (year <= first) year += 100;
    return year - first <= 30 ? year : -1;
  }

  /**
   * For an hour followed by "and", "or", "to" or a dash and an hour with a.m. or p.m. ("between 2
   * and 3 p.m.", "9-11 a.m.", "2:30 to 4 pm"), the meridiem that holds for the first hour: the
   * same when it comes first on the clock, the other one otherwise ("11 to 1 p.m." starts at 11
   * a.m.); 0 when there is none.
   */
  private static int rangeMeridiem(String text, int at, int hour) {
    if (hour < 1 || hour > 12) return 0;
    int n = text.length();
    int i = at < n && isSpace(text.charAt(at)) ? at + 1 : at;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2013')) {
      i++;
      if (i < n && isSpace(text.charAt(i))) i++;
    } else {
      if (i == at) return 0;
      int word = -1;
      for (int w = 0; w < RANGE_WORDS.length && word < 0; w++) if (text.startsWith(RANGE_WORDS[w], i)) word = w;
      if (word < 0) return 0;
      i += RANGE_WORDS[word].length();
      if (i >= n || !isSpace(text.charAt(i))) return 0;
      i++;
    }
    int figures = run(text, i);
    if (figures < 1 || figures > 2) return 0;
    int second = value(text, i, i + figures);
    int end = i + figures;
    if (end + 2 < n && (text.charAt(end) == ':' || text.charAt(end) == '.') && run(text, end + 1) == 2) end += 3;
    int meridiem = meridiem(text, end);
    if (meridiem == 0 || second < 1 || second > 12) return 0;
    return hour % 12 <= second % 12 ? meridiem : meridiem == 'a' ? 'p' : 'a';
  }

  private static final String[] RANGE_WORDS = {"and", "or", "to", "until"};

  /**
   * Whether a 12-hour clock's "a.m." or "p.m." follows a number ending at {@code at} (after at
   * most one space): 'a', 'p', or 0. Written a.m., A.M., AM, p.m., P.M., PM or pm; a bare "am"
   * is left alone, as it is a German word ("12 am Sonntag").
   */
  private static int meridiem(String text, int at) {
    int i = at < text.length() && isSpace(text.charAt(at)) ? at + 1 : at;
    if (i >= text.length() || "apAP".indexOf(text.charAt(i)) < 0) return 0;
    for (String mark : MERIDIEM) {
      if (!text.startsWith(mark, i)) continue;
      int after = i + mark.length();
      if (after < text.length() && Character.isLetter(text.charAt(after))) continue;
      return Character.toLowerCase(mark.charAt(0));
    }
    return 0;
  }

  /**
   * Where a French ordinal in Roman numerals starting at {@code start} ends ("XXIe siècle" is the
   * 21st century, "Ier", "IIᵉ", "Ve République"): I, V and X in canonical order up to 39, then e,
   * ᵉ, er, re, ème or eme, then no letter. -1 when there is none (a bare "XXI" or "Vie" is no number).
   */
  private static int romanOrdinalEnd(String text, int start) {
    int end = start;
    while (end < text.length() && "IVX".indexOf(text.charAt(end)) >= 0) end++;
    // Most words that start with I, V or X ("In", "Vietnam") go no further than this.
    if (end == text.length() || "erè\u1D49".indexOf(text.charAt(end)) < 0) return -1;
    for (String suffix : ORDINAL_SUFFIXES) {
      if (!text.startsWith(suffix, end)) continue;
      int after = end + suffix.length();
      if (after < text.length() && Character.isLetter(text.charAt(after))) continue;
      int value = roman(text.substring(start, end));
      return value >= 1 && value <= 39 ? after : -1;
    }
    return -1;
  }

  private static final String[] ORDINAL_SUFFIXES = {"ème", "eme", "er", "re", "e", "\u1D49"};

  /** The value of Roman numerals in I, V and X, or -1 when they are not written the canonical way (IIII, VX). */
  private static int roman(String numerals) {
    int value = 0;
    for (int i = 0; i < numerals.length(); i++) {
      int digit = romanDigit(numerals.charAt(i));
      int next = i + 1 < numerals.length() ? romanDigit(numerals.charAt(i + 1)) : 0;
      value += digit < next ? -digit : digit;
    }
    return value > 0 && canonical(value).equals(numerals) ? value : -1;
  }

  private static int romanDigit(char c) {
    return c == 'I' ? 1 : c == 'V' ? 5 : 10;
  }

  private static String canonical(int value) {
    StringBuilder roman = new StringBuilder();
    int rest = value;
    while (rest >= 10) {
      roman.append('X');
      rest -= 10;
    }
    String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return roman.append(units[rest]).toString();
  }

  private static final String[] MERIDIEM = {"a.m.", "p.m.", "A.M.", "P.M.", "AM", "PM", "pm"};

  /** The hour on the 24-hour clock as a key, for an hour of 1 to 12 with a.m. or p.m.; null otherwise. */
  private static String hours(int hour, int meridiem) {
    if (meridiem == 0 || hour < 1 || hour > 12) return null;
    int hour24 = meridiem == 'p' ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    return Integer.toString(hour24);
  }

  /**
   * Where a clock time that starts with the hours at {@code start..end} ends: "17:15", "17h15",
   * "17 h 15" (hours up to 24, two digits of minutes up to 59, no digit after); -1 when it is none.
   * "17.15" is left to the decimals, whose key is the same.
   */
  private static int timeEnd(String text, int start, int end) {
    int n = text.length();
    int minutes;
    if (end < n && (text.charAt(end) == ':' || text.charAt(end) == 'h')) {
      minutes = end + 1;
    } else if (end + 3 < n && isSpace(text.charAt(end)) && text.charAt(end + 1) == 'h' && isSpace(text.charAt(end + 2))) {
      minutes = end + 3;
    } else {
      return -1;
    }
    if (run(text, minutes) != 2 || minutes + 2 < n && (isDigit(text.charAt(minutes + 2)) || isWordLetter(text.charAt(minutes + 2)))) {
      return -1;
    }
    int hours = Integer.parseInt(key(text.substring(start, end)));
    int mins = Integer.parseInt(key(text.substring(minutes, minutes + 2)));
    return hours <= 24 && mins <= 59 ? minutes + 2 : -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  private static int run(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) i++;
    return i - from;
  }

  /**
   * A letter that makes a figure next to it part of a word ("A380", "COVID19"). Chinese, Japanese,
   * Korean, Thai, Lao, Khmer and Burmese write figures straight against their words ("有4999人",
   * "10:30开始", "제3차"): there a figure is still a figure.
   */
  private static boolean isWordLetter(char c) {
    if (!Character.isLetter(c)) return false;
    if (c < '\u0E00') return true;
    return !Scripts.isSpaceless(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HANGUL;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c > 127 && Character.isDigit(c);
  }

  private static boolean isGroupSeparator(char c) {
    return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'' || c == '\u2019';
  }

  /** The value of the figures from {@code start} to {@code end}, a few digits long. */
  private static int value(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) value = value * 10 + Character.digit(text.charAt(i), 10);
    return value;
  }

  private static String key(String written) {
    StringBuilder key = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      int digit = Character.digit(written.charAt(i), 10);
      if (digit >= 0) key.append((char) ('0' + digit));
    }
    return key.toString();
  }
}
