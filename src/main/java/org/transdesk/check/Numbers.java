package org.transdesk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.transdesk.Scripts;

/**
 * The numbers written in digits in a text, each with a key that ignores locale formatting: 1,000,
 * 1.000, 1 000 (also with no-break or thin spaces, an apostrophe, Arabic U+066C or full-width
 * ，＇) and 1000 share the key "1000"; 1.5, 1,5, 1.50, Arabic ١٫٥ and full-width １．５ share
 * "1.5", which 15 does not. Thousands are grouped only after a lead of one to three digits, so a
 * year such as 2019 is never joined with the number after it ("in 2019 100 people"). A clock
 * time is one number whatever the locale writes: 17:15, 17h15 or 17 h 15 (French) share "17:15",
 * as does "5:15 p.m." (and "5 p.m." is "17", as are "17 Uhr", "17:00" and "17h00"); a leading zero
 * of the hours does not count ("07:30" is "7:30"). A decimal that may be a time (German "17.15
 * Uhr") keeps that reading as {@code other}, for a caller to try when the figures do not match
 * otherwise, as a decade "1990s" keeps "90" ("años 90"). A date 24.11.2026 is three numbers, as
 * 11/24/2026 is.
 */
final class Numbers {
  /**
   * One number as written, and its key; a clock time also has its hours and minutes as {@code
   * parts}, for texts that write the same figures as two numbers (a score "21-17" is "21:17"). A
   * number that may be read another way has that key as {@code other}, else "": a decimal that may
   * be a clock time ("17.15" as "17:15"), a decade that may be written with its last two figures
   * ("1990s" as "90", for "años 90").
   */
  record Number(String written, String key, List<Number> parts, Sign sign, String other) {
    Number(String written, String key) {
      this(written, key, List.of(), Sign.NONE, "");
    }

    Number(String written, String key, List<Number> parts) {
      this(written, key, parts, Sign.NONE, "");
    }

    Number(String written, String key, List<Number> parts, Sign sign) {
      this(written, key, parts, sign, "");
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

  /** True when one of the numbers may be read another way ("17.15" as a time, "1990s" as "90"). */
  static boolean anyOtherReading(List<Number> numbers) {
    for (Number number : numbers) if (!number.other().isEmpty()) return true;
    return false;
  }

  /** The numbers with every one that may be read another way read so ("17.15" as 17:15, "1990s" as 90). */
  static List<Number> otherReadings(List<Number> numbers) {
    List<Number> result = new ArrayList<>(numbers.size());
    for (Number number : numbers) {
      result.add(number.other().isEmpty() ? number : new Number(number.written(), number.other(), List.of(), number.sign()));
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
    Unscaled pending = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((c == 'I' || c == 'V' || c == 'X') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int end = romanOrdinalEnd(text, i);
        if (end < 0) end = romanCenturyEnd(text, i);
        if (end > 0) {
          int numerals = i;
          while ("IVX".indexOf(text.charAt(numerals)) >= 0) numerals++;
          numbers.add(new Number(text.substring(i, end), Integer.toString(roman(text.substring(i, numerals)))));
          pending = null;
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
        if (meridiem == 0) meridiem = periodBefore(text, start);
        if (meridiem == 0) meridiem = rangeMeridiem(text, time, value(text, start, end));
        String hours = hours(value(text, start, end), meridiem);
        if (hours == null) hours = Integer.toString(value(text, start, end));
        // "17:00" is the hour 17, as "17 Uhr" and "5 p.m." are; "17:30" is not.
        String clock = key(minutes).equals("00") ? hours : hours + ":" + key(minutes);
        numbers.add(new Number(written, clock,
            List.of(new Number(text.substring(start, end), hours), new Number(minutes, key(minutes)))));
        pending = null;
        i = time;
        continue;
      }
      int date = lead <= 2 ? dateEnd(text, start, end) : -1;
      if (date > 0) {
        // A date 24.11.2026 is its day, month and year, as 11/24/2026 and 2026-11-24 are.
        numbers.add(new Number(text.substring(start, end), Integer.toString(value(text, start, end))));
        int month = end + 1 + run(text, end + 1);
        numbers.add(new Number(text.substring(end + 1, month), Integer.toString(value(text, end + 1, month))));
        numbers.add(new Number(text.substring(month + 1, date), key(text.substring(month + 1, date))));
        pending = null;
        i = date;
        continue;
      }
      int meridiem = lead <= 2 ? meridiem(text, end) : 0;
      if (meridiem == 0 && lead <= 2) meridiem = periodBefore(text, start);
      if (meridiem == 0 && lead <= 2) meridiem = rangeMeridiem(text, end, value(text, start, end));
      if (meridiem != 0) {
        // An hour of the 12-hour clock: "5 p.m." is 17 ("17 Uhr", "17 h").
        String hours = hours(value(text, start, end), meridiem);
        if (hours != null) {
          numbers.add(new Number(text.substring(start, end), hours));
          pending = null;
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
          pending = null;
          i = end + 3;
          continue;
        }
      }
      // Groups of exactly three digits after a separator: 1,000 / 1.000 / 1 000 / 1'000 (0.125 is no group).
      if (lead <= 3 && value(text, start, end) > 0) {
        while (end + 4 <= n && isGroupSeparator(text.charAt(end)) && run(text, end + 1) == 3) end += 4;
      }
      String whole = key(text.substring(start, end));
      // A decimal part: 2.5 / 2,5 / ٢٫٥ / ２．５.
      int decimals = 0;
      if (end + 1 < n && isDecimalSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1))) {
        decimals = run(text, end + 1);
        end += 1 + decimals;
      }
      String figures = text.substring(start, end);
      String fraction = key(text.substring(end - decimals, end));
      String key = decimals > 0 ? decimal(whole, fraction, 0) : whole;
      // "05" is 5: a leading zero of two digits does not count.
      if (decimals == 0 && lead == 2 && key.charAt(0) == '0') key = key.substring(1);
      String clock = decimals == 2 && end - start == lead + 3 ? decimalTime(whole, fraction) : "";
      // A decade "1990s" may be written with its last two figures: "años 90", "anni '90", "90er Jahre".
      if (end == start + 4 && lead == 4 && key.endsWith("0") && isDecadeEnd(text, end)) {
        clock = Integer.toString(value(text, start + 2, end));
      }
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
        key = decimal(whole, fraction, exponent);
        clock = "";
        end = scaled;
        // "4,1 bis 4,3 Mrd.", "150 to 180 million": the scale word of a range's second figure is the first's too.
        if (pending != null && scales.joinsRange(text, pending.end(), start)) {
          Number first = numbers.get(pending.index());
          numbers.set(pending.index(), new Number(first.written(), decimal(pending.whole(), pending.fraction(), exponent),
              List.of(), first.sign()));
        }
      }
      String written = from == start && end == start + figures.length() ? figures : text.substring(from, end);
      numbers.add(new Number(written, key, List.of(), sign, clock));
      pending = exponent == 0 ? new Unscaled(numbers.size() - 1, end, whole, fraction) : null;
      i = end;
    }
    return numbers;
  }

  /** Whether an "s" or "'s" ends a decade's figures at {@code end} ("1990s", "1990's"). */
  private static boolean isDecadeEnd(String text, int end) {
    int s = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') ? end + 1 : end;
    return s < text.length() && text.charAt(s) == 's' && (s + 1 == text.length() || !Character.isLetter(text.charAt(s + 1)));
  }

  /** A figure read without a scale word, which a range's second figure may still give one. */
  private record Unscaled(int index, int end, String whole, String fraction) {}

  private static final String CURRENCY_SIGNS = "$£€¥";

  /**
   * The key of the figure {@code whole}.{@code fraction} times 10^exponent: its value with no
   * leading or trailing zeros and "." before any decimals ("1,50" is "1.5", "1,5" and 6 is
   * "1500000", 1.2345678 million is "1234567.8").
   */
  private static String decimal(String whole, String fraction, int exponent) {
    BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction).movePointRight(exponent);
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The key of the clock time a decimal may be ("17.15" is 17:15, "07.30" 7:30), or "" when it is none. */
  private static String decimalTime(String whole, String fraction) {
    int hours = Integer.parseInt(whole);
    int minutes = Integer.parseInt(fraction);
    return hours > 24 || minutes > 59 ? "" : minutes == 0 ? Integer.toString(hours) : hours + ":" + fraction;
  }

  /**
   * Where a date d.m.yyyy whose day is {@code start..end} ends ("24.11.2026", "1.1.2027"): a day of
   * one or two figures up to 31, a month up to 12, a year of four figures; -1 when it is none.
   */
  private static int dateEnd(String text, int start, int end) {
    int n = text.length();
    if (end + 7 > n || text.charAt(end) != '.') return -1;
    int month = run(text, end + 1);
    int dot = end + 1 + month;
    if (month < 1 || month > 2 || dot >= n || text.charAt(dot) != '.' || run(text, dot + 1) != 4) return -1;
    int after = dot + 5;
    if (after < n && isWordLetter(text.charAt(after))) return -1;
    int day = value(text, start, end);
    int monthValue = value(text, end + 1, dot);
    return day >= 1 && day <= 31 && monthValue >= 1 && monthValue <= 12 ? after : -1;
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
   * is left alone, as it is a German word ("12 am Sonntag"). Words for the part of the day count
   * too ("9 de la noche", {@link #periodAfter}).
   */
  private static int meridiem(String text, int at) {
    int i = at < text.length() && isSpace(text.charAt(at)) ? at + 1 : at;
    if (i >= text.length() || "apAP".indexOf(text.charAt(i)) < 0) return periodAfter(text, at);
    for (String mark : MERIDIEM) {
      if (!text.startsWith(mark, i)) continue;
      int after = i + mark.length();
      if (after < text.length() && Character.isLetter(text.charAt(after))) continue;
      return Character.toLowerCase(mark.charAt(0));
    }
    // Glued to the figure, "am" is no German word: "7am", "12.15am".
    if (i == at && text.startsWith("am", i) && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)))) return 'a';
    return periodAfter(text, at);
  }

  /**
   * Whether words for a part of the day follow the hour ending at {@code at}, after at most one
   * space and an hour word ("9 de la noche", "9 heures du soir", "9 uur 's avonds", "9 Uhr
   * abends"): 'a', 'p', or 0. An apostrophe may be ' or ’.
   */
  private static int periodAfter(String text, int at) {
    int n = text.length();
    int i = at < n && isSpace(text.charAt(at)) ? at + 1 : at;
    if (i == at) return 0;
    for (String word : HOUR_WORDS) {
      int after = i + word.length();
      if (after < n && isSpace(text.charAt(after)) && matches(text, i, word)) {
        i = after + 1;
        break;
      }
    }
    for (String[] period : PERIODS_AFTER) {
      int after = i + period[1].length();
      if (matches(text, i, period[1]) && (after >= n || !Character.isLetter(text.charAt(after)))) return period[0].charAt(0);
    }
    return 0;
  }

  /** Whether {@code text} has {@code words} at {@code at}, ignoring case, with ' and ’ alike. */
  private static boolean matches(String text, int at, String words) {
    if (at + words.length() > text.length()) return false;
    for (int k = 0; k < words.length(); k++) {
      char c = text.charAt(at + k);
      char w = words.charAt(k);
      if (c == '\u2019') c = '\'';
      if (Character.toLowerCase(c) != w && !(isSpace(c) && w == ' ')) return false;
    }
    return true;
  }

  private static final String[] HOUR_WORDS = {"heures", "heure", "h", "uur", "uhr", "horas", "hora", "ore", "o'clock"};

  /** The words for the afternoon, evening and morning after an hour, each with 'p' or 'a'. */
  private static final String[][] PERIODS_AFTER = {
      {"p", "de la tarde"}, {"p", "de la noche"}, {"p", "du soir"}, {"p", "de l'après-midi"}, {"p", "di sera"},
      {"p", "del pomeriggio"}, {"p", "da tarde"}, {"p", "da noite"}, {"p", "'s avonds"}, {"p", "'s middags"},
      {"p", "abends"}, {"p", "nachmittags"}, {"a", "de la mañana"}, {"a", "du matin"}, {"a", "di mattina"},
      {"a", "del mattino"}, {"a", "da manhã"}, {"a", "'s ochtends"}, {"a", "'s morgens"}, {"a", "morgens"}};

  /**
   * Whether Chinese, Japanese or Korean words for a part of the day stand right before the hour at
   * {@code start}, or one space before ("下午3点", "午後3時", "오후 3시"): 'a', 'p', or 0.
   */
  private static int periodBefore(String text, int start) {
    int end = start > 0 && isSpace(text.charAt(start - 1)) ? start - 1 : start;
    for (String[] period : PERIODS_BEFORE) {
      if (text.startsWith(period[1], end - period[1].length())) return period[0].charAt(0);
    }
    return 0;
  }

  private static final String[][] PERIODS_BEFORE = {
      {"p", "下午"}, {"p", "晚上"}, {"a", "上午"}, {"a", "早上"}, {"p", "午後"}, {"a", "午前"},
      {"p", "오후"}, {"p", "저녁"}, {"a", "오전"}, {"a", "아침"}};

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

  /**
   * Where Roman numerals starting at {@code start} end when a word for century stands next to them,
   * after ("XXI secolo", "XXI wiek", "XXI век") or before ("siglo XXI", "século XXI", "secolo XX"),
   * one space apart: I, V and X in canonical order up to 39, then no letter. -1 when there is none
   * (a bare "XXI" is no number).
   */
  private static int romanCenturyEnd(String text, int start) {
    int end = start;
    while (end < text.length() && "IVX".indexOf(text.charAt(end)) >= 0) end++;
    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) return -1;
    int value = roman(text.substring(start, end));
    if (value < 1 || value > 39) return -1;
    if (end + 1 < text.length() && isSpace(text.charAt(end))) {
      for (String word : CENTURY_AFTER) {
        int after = end + 1 + word.length();
        if (matches(text, end + 1, word) && (after >= text.length() || !Character.isLetter(text.charAt(after)))) return end;
      }
    }
    if (start > 1 && isSpace(text.charAt(start - 1))) {
      for (String word : CENTURY_BEFORE) {
        int at = start - 1 - word.length();
        if (at >= 0 && matches(text, at, word) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) return end;
      }
    }
    return -1;
  }

  /** The words for century after the numerals, in Italian, Polish and Russian, and before them, in Spanish, Portuguese and Italian. */
  private static final String[] CENTURY_AFTER = {"secolo", "secoli", "wiek", "wieku", "wieki", "wieków", "wiekach",
      "век", "века", "веке", "веком", "веку", "веков", "веках"};
  private static final String[] CENTURY_BEFORE = {"siglo", "siglos", "século", "séculos", "secolo", "secoli"};

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
   * "17 h 15", or "5.30pm" with a.m. or p.m. (hours up to 24, two digits of minutes up to 59, no
   * digit after); -1 when it is none. "17.15" alone is left to the decimals, which keep the time as
   * their other reading.
   */
  private static int timeEnd(String text, int start, int end) {
    int n = text.length();
    int minutes;
    boolean point = end + 3 <= n && text.charAt(end) == '.' && run(text, end + 1) == 2
        && (meridiem(text, end + 3) != 0 || rangeMeridiem(text, end + 3, value(text, start, end)) != 0);
    if (end < n && (text.charAt(end) == ':' || text.charAt(end) == 'h' || point)) {
      minutes = end + 1;
    } else if (end + 3 < n && isSpace(text.charAt(end)) && text.charAt(end + 1) == 'h' && isSpace(text.charAt(end + 2))) {
      minutes = end + 3;
    } else {
      return -1;
    }
    if (run(text, minutes) != 2 || minutes + 2 < n && (isDigit(text.charAt(minutes + 2))
        || isWordLetter(text.charAt(minutes + 2)) && meridiem(text, minutes + 2) == 0)) {
      return -1;
    }
    int hours = value(text, start, end);
    int mins = value(text, minutes, minutes + 2);
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

  /** A thousands separator: also Arabic U+066C and the full-width comma and apostrophe (１，５００). */
  private static boolean isGroupSeparator(char c) {
    return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'' || c == '\u2019'
        || c == '\u066C' || c == '\uFF0C' || c == '\uFF07';
  }

  /** A decimal separator: also Arabic U+066B and the full-width full stop (２．５). */
  private static boolean isDecimalSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\uFF0E';
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
