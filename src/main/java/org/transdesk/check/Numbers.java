package org.transdesk.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers written in digits in a text, each with a key that ignores locale formatting: 1,000,
 * 1.000, 1 000 (also with no-break or thin spaces, or an apostrophe) and 1000 share the key
 * "1000"; 1.5 and 1,5 share "15". Thousands are grouped only after a lead of one to three digits,
 * so a year such as 2019 is never joined with the number after it ("in 2019 100 people").
 */
final class Numbers {
  /** One number as written, and its key. */
  record Number(String written, String key) {}

  private Numbers() {}

  static List<Number> in(String text) {
    List<Number> numbers = new ArrayList<>(0);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c) || i > 0 && (isDigit(text.charAt(i - 1)) || Character.isLetter(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      int lead = run(text, i);
      int end = i + lead;
      if (lead <= 3) {
        // Groups of exactly three digits after a separator: 1,000 / 1.000 / 1 000 / 1'000.
        while (end + 4 <= n && isGroupSeparator(text.charAt(end)) && run(text, end + 1) == 3) end += 4;
      }
      // A decimal part: 2.5 / 2,5.
      if (end + 1 < n && (text.charAt(end) == '.' || text.charAt(end) == ',') && isDigit(text.charAt(end + 1))) {
        end += 1 + run(text, end + 1);
      }
      String written = text.substring(start, end);
      numbers.add(new Number(written, key(written)));
      i = end;
    }
    return numbers;
  }

  private static int run(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) i++;
    return i - from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c > 127 && Character.isDigit(c);
  }

  private static boolean isGroupSeparator(char c) {
    return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'' || c == '\u2019';
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
