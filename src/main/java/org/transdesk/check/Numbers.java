package org.transdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers written in digits in a text, each with a key that ignores locale formatting: 1,000,
 * 1.000, 1 000 (also with no-break or thin spaces) and 1000 share the key "1000"; 1.5 and 1,5 share
 * "15". A year such as 2019 is a plain run of digits and never joined with the number after it.
 */
final class Numbers {
  // Grouped thousands only after a lead of one to three digits, so "in 2019 100 people" stays two numbers.
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{Nd}\\p{L}])(?:\\p{Nd}{1,3}(?:[,.\u00A0\u202F\u2009 '\u2019]\\p{Nd}{3})+(?!\\p{Nd})|\\p{Nd}+)(?:[.,]\\p{Nd}+)?");

  /** One number as written, and its key. */
  record Number(String written, String key) {}

  private Numbers() {}

  static List<Number> in(String plain) {
    List<Number> numbers = new ArrayList<>(0);
    if (!hasDigit(plain)) return numbers;
    Matcher m = NUMBER.matcher(plain);
    while (m.find()) numbers.add(new Number(m.group(), key(m.group())));
    return numbers;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c > 127 && Character.isDigit(c)) return true;
    }
    return false;
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
