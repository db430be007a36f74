package org.transdesk.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.Language;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.TermMatcher;

/**
 * Runs every check on one source/target pair and returns what it found, in a fixed order: stale
 * source, empty target, glossary, identical target, numbers, inline codes, white space. Not
 * thread-safe: use one checker per thread.
 */
public final class Checker {
  private static final int QUOTE_LIMIT = 80;
  private static final Pattern URL_OR_EMAIL = Pattern.compile(
      "(?:https?://|www\\.)\\S+|[\\p{L}\\p{Nd}._%+-]+@[\\p{L}\\p{Nd}.-]+\\.\\p{L}{2,}");

  private final WhitespaceCheck whitespace = new WhitespaceCheck();
  private final GlossaryCheck glossary;
  private Language scalesSource;
  private Language scalesTarget;
  private ScaleWords sourceScales = ScaleWords.NONE;
  private ScaleWords targetScales = ScaleWords.NONE;

  private Checker(GlossaryCheck glossary) {
    this.glossary = glossary;
  }

  /** A checker without a glossary: every check but the name, title and term checks. */
  public static Checker basic() {
    return new Checker(null);
  }

  /**
   * A checker with the name, title and term checks of a glossary, for the matcher's language pair
   * (the pairs given to {@link #check} must have the matcher's languages).
   */
  public static Checker withGlossary(TermMatcher matcher) {
    return new Checker(new GlossaryCheck(matcher));
  }

  /** The findings for one pair; empty when the target is fine. */
  public List<Finding> check(TranslationPair pair) {
    List<Finding> findings = new ArrayList<>(0);
    stale(pair, findings);
    InlineText source = InlineText.parse(pair.source(), pair.lineBreaks());
    InlineText target = InlineText.parse(pair.target(), pair.lineBreaks());
    if (source.plain().isBlank() && source.codes().isEmpty()) return findings;
    // A target of codes and white space only (Trados' empty segment inside a <g>) is empty too.
    if (target.plain().isBlank() && (!source.plain().isBlank() || target.codes().isEmpty())) {
      empty(pair, findings);
      return findings;
    }
    List<Match> matches = glossary == null ? List.of() : glossary.find(source.plain());
    if (glossary != null) glossary.check(pair, matches, source.plain(), target.plain(), findings);
    sameAsSource(pair, source, target, matches, findings);
    numbers(pair, source, target, findings);
    codes(pair, source, target, findings);
    whitespace(pair, source, target, findings);
    return findings;
  }

  /**
   * The findings for a unit only some of whose segments have a target: the stale check on the whole
   * unit, one target-incomplete finding, and every other check on the translated segments alone
   * (the untranslated ones would read as names, numbers and codes lost).
   *
   * @param whole the unit's whole source and its joined target
   * @param translated the sources and targets of the segments that have a target
   * @param untranslated how many segments have none
   * @param segments how many segments the unit has
   */
  public List<Finding> checkIncomplete(TranslationPair whole, TranslationPair translated, int untranslated, int segments) {
    List<Finding> findings = new ArrayList<>();
    stale(whole, findings);
    String message = untranslated + " of the unit's " + segments + " segments " + (untranslated == 1 ? "has" : "have")
        + " no target";
    // As for an empty target: an error when the state says the unit is done, a reminder while it is in progress.
    findings.add(finding(whole, Rule.TARGET_INCOMPLETE, whole.claimsTranslated() ? Severity.ERROR : Severity.WARNING, "",
        message + ": translate " + (untranslated == 1 ? "it" : "them") + " or the unit stays unfinished"));
    findings.addAll(check(translated.withFingerprint(null)));
    return findings;
  }

  private void stale(TranslationPair pair, List<Finding> findings) {
    String expected = pair.fingerprint();
    if (expected == null || expected.isBlank()) return;
    if (Fingerprint.of(pair.source()).equals(expected.strip().toLowerCase(Locale.ROOT))) return;
    findings.add(finding(pair, Rule.SOURCE_STALE, Rule.SOURCE_STALE.severity(), quote(InlineText.parse(pair.source()).plain()),
        "the source text was changed after export (it no longer matches td:fingerprint): "
            + "never edit the source; translate the current text from a fresh export"));
  }

  private void empty(TranslationPair pair, List<Finding> findings) {
    if (pair.claimsTranslated()) {
      findings.add(finding(pair, Rule.TARGET_EMPTY, Severity.ERROR, "",
          "the unit is marked " + pair.state() + " but its target is empty: translate the source"));
    } else {
      findings.add(finding(pair, Rule.TARGET_EMPTY, Severity.WARNING, "",
          "the target is empty: the unit is not translated yet"));
    }
  }

  private void sameAsSource(TranslationPair pair, InlineText source, InlineText target, List<Match> matches,
      List<Finding> findings) {
    if (pair.sourceLanguage().primary().equals(pair.targetLanguage().primary())) return;
    if (!sameText(source.plain(), target.plain())) return;
    if (onlyNamesNumbersAndSigns(source.plain()) || GlossaryCheck.onlyNames(source.plain(), matches)) return;
    findings.add(finding(pair, Rule.TARGET_SAME_AS_SOURCE, Rule.TARGET_SAME_AS_SOURCE.severity(), quote(target.plain()),
        "the target is the same as the " + pair.sourceLanguage() + " source: translate it"));
  }

  /** Equal once stripped and NFC-normalized; normalizing only when a combining mark could change the answer. */
  private static boolean sameText(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.equals(y)) return true;
    if (!mayCombine(x) && !mayCombine(y)) return false;
    return Normalizer.normalize(x, Normalizer.Form.NFC).equals(Normalizer.normalize(y, Normalizer.Form.NFC));
  }

  private static boolean mayCombine(String text) {
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '\u0300') return true;
    return false;
  }

  /**
   * True for a text with nothing to translate: numbers, punctuation, URLs, e-mail addresses and
   * words that all start with a capital (a name such as "Killian Jones" or "KCTV").
   */
  static boolean onlyNamesNumbersAndSigns(String plain) {
    String rest = URL_OR_EMAIL.matcher(plain).replaceAll(" ");
    boolean wordStart = true;
    for (int i = 0; i < rest.length(); ) {
      int c = rest.codePointAt(i);
      if (Character.isLetter(c)) {
        if (wordStart && !Character.isUpperCase(c) && !Character.isTitleCase(c)) return false;
        wordStart = false;
      } else {
        wordStart = c != '\'' && c != '\u2019' && c != '-';
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private void numbers(TranslationPair pair, InlineText source, InlineText target, List<Finding> findings) {
    scales(pair);
    // A month named next to a figure is a number when both languages name months ("5 May" = "5. Mai" = "5月5日").
    boolean months = SpelledNumbers.hasMonths(pair.sourceLanguage()) && SpelledNumbers.hasMonths(pair.targetLanguage());
    List<Numbers.Number> sourceMonths = months ? SpelledNumbers.monthNumbers(source.plain(), pair.sourceLanguage()) : List.of();
    List<Numbers.Number> targetMonths = months ? SpelledNumbers.monthNumbers(target.plain(), pair.targetLanguage()) : List.of();
    List<Numbers.Number> inSource = with(Numbers.in(source.plain(), sourceScales), sourceMonths);
    List<Numbers.Number> inTarget = with(Numbers.in(target.plain(), targetScales), targetMonths);
    int before = findings.size();
    figures(pair, source, target, inSource, inTarget, sourceMonths, targetMonths, findings);
    numerals(pair, source.plain(), target.plain(), inSource, inTarget, findings, before);
  }

  /** The findings on the numbers written in figures (and months), a word of the other text standing for one. */
  private void figures(TranslationPair pair, InlineText source, InlineText target, List<Numbers.Number> inSource,
      List<Numbers.Number> inTarget, List<Numbers.Number> sourceMonths, List<Numbers.Number> targetMonths,
      List<Finding> findings) {
    if (inSource.isEmpty() && inTarget.isEmpty()) return;
    boolean months = SpelledNumbers.hasMonths(pair.sourceLanguage()) && SpelledNumbers.hasMonths(pair.targetLanguage());
    List<Finding> found = numbers(pair, inSource, inTarget, Map.of(), Map.of());
    if (found.isEmpty()) {
      signs(pair, inSource, inTarget, findings);
      reversedPairs(pair, source.plain(), target.plain(), findings);
      return;
    }
    // A small number may be written as a word on the other side ("3 people" = "drei Menschen").
    Map<String, Integer> spelledSource = SpelledNumbers.in(source.plain(), pair.sourceLanguage(), sourceScales);
    Map<String, Integer> spelledTarget = SpelledNumbers.in(target.plain(), pair.targetLanguage(), targetScales);
    // Else a month named next to a figure may stand for the other text's figure ("November 28" = "28.11."),
    // when only one text names it (the other language's names are unknown here).
    if (!months) {
      Map<String, Integer> namedInSource = SpelledNumbers.months(source.plain(), pair.sourceLanguage());
      Map<String, Integer> namedInTarget = SpelledNumbers.months(target.plain(), pair.targetLanguage());
      if (namedInSource.isEmpty() != namedInTarget.isEmpty()) {
        namedInSource.forEach((k, v) -> spelledSource.merge(k, v, Integer::sum));
        namedInTarget.forEach((k, v) -> spelledTarget.merge(k, v, Integer::sum));
      }
    }
    if (!spelledSource.isEmpty() || !spelledTarget.isEmpty()) found = numbers(pair, inSource, inTarget, spelledSource, spelledTarget);
    // A clock time is one number ("17:15"), but its figures may be two in the other text (a score
    // "21-17" written "21:17"), and a decimal may be a time ("17.15 Uhr"): when the numbers differ,
    // the reading that explains the most of them counts.
    if (!found.isEmpty()) {
      List<List<Numbers.Number>> sourceReadings = readings(inSource);
      List<List<Numbers.Number>> targetReadings = readings(inTarget);
      // "2.5m people": m and k glued to a figure without a currency sign, read as scale words.
      sourceReadings.add(with(Numbers.in(source.plain(), sourceScales.gluedAnywhere()), sourceMonths));
      targetReadings.add(with(Numbers.in(target.plain(), targetScales.gluedAnywhere()), targetMonths));
      for (List<Numbers.Number> sourceReading : sourceReadings) {
        for (List<Numbers.Number> targetReading : targetReadings) {
          if (sourceReading == inSource && targetReading == inTarget) continue;
          List<Finding> other = numbers(pair, sourceReading, targetReading, spelledSource, spelledTarget);
          if (other.size() < found.size()) found = other;
        }
      }
    }
    findings.addAll(found);
    signs(pair, inSource, inTarget, findings);
    // A score read as a clock time on one side ("21-17" as "17:21") is only explained by another reading.
    if (found.isEmpty()) reversedPairs(pair, source.plain(), target.plain(), findings);
  }

  /**
   * An error for each numeral word of one text ("seven", "huit") for which the other has neither
   * a figure nor a word of its value, when both languages have number words: "Seven people" as
   * "Huit personnes" is a changed number. A word of the target already offered for a figure the
   * figure check found lost ({@code before}: where its findings start) is not reported again, and a
   * figure the target added is reported as the word changed into it.
   */
  private void numerals(TranslationPair pair, String source, String target, List<Numbers.Number> inSource,
      List<Numbers.Number> inTarget, List<Finding> findings, int before) {
    if (!SpelledNumbers.hasWords(pair.sourceLanguage()) || !SpelledNumbers.hasWords(pair.targetLanguage())) return;
    List<Numbers.Number> sourceWords = SpelledNumbers.numerals(source, pair.sourceLanguage(), sourceScales);
    List<Numbers.Number> targetWords = SpelledNumbers.numerals(target, pair.targetLanguage(), targetScales);
    if (sourceWords.isEmpty() && targetWords.isEmpty()) return;
    List<Numbers.Number> lost = unmatched(sourceWords, inSource, source, pair.sourceLanguage(), sourceScales, inTarget,
        target, pair.targetLanguage(), targetScales);
    List<Numbers.Number> extra = unmatched(targetWords, inTarget, target, pair.targetLanguage(), targetScales, inSource,
        source, pair.sourceLanguage(), sourceScales);
    for (int i = before; i < findings.size() && !extra.isEmpty(); i++) {
      if (findings.get(i).rule() == Rule.NUMBER_CHANGED && findings.get(i).severity() == Severity.ERROR) extra.remove(0);
    }
    for (Numbers.Number word : lost) {
      String found = extra.isEmpty() ? "" : extra.remove(0).written();
      // A figure the target added is what became of the word ("Seven people" as "8 personnes"): one finding.
      for (int i = before; i < findings.size() && found.isEmpty(); i++) {
        if (findings.get(i).rule() == Rule.NUMBER_ADDED) found = findings.remove(i).span();
      }
      findings.add(finding(pair, Rule.NUMBER_CHANGED, Rule.NUMBER_CHANGED.severity(), found.isEmpty() ? word.written() : found,
          "the number " + word.written() + " of the source is not in the target" + (found.isEmpty() ? "" : " (found " + found
              + " instead)") + ": keep the number, in words or figures"));
    }
    for (Numbers.Number word : extra) {
      findings.add(finding(pair, Rule.NUMBER_CHANGED, Rule.NUMBER_CHANGED.severity(), word.written(),
          "the target has the number " + word.written() + ", which the source does not: keep the source's number"));
    }
  }

  /**
   * The numeral words of one text beyond what the other text has of their values, in figures or
   * words (an ordinal, a compound, "both" for two count too), after the first text's own figures
   * of those values have taken their share.
   */
  private static List<Numbers.Number> unmatched(List<Numbers.Number> words, List<Numbers.Number> figures, String text,
      Language language, ScaleWords scales, List<Numbers.Number> otherFigures, String other, Language otherLanguage,
      ScaleWords otherScales) {
    List<Numbers.Number> unmatched = new ArrayList<>(0);
    if (words.isEmpty()) return unmatched;
    Map<String, Integer> have = SpelledNumbers.in(other, otherLanguage, otherScales);
    for (Numbers.Number number : otherFigures) have.merge(number.key(), 1, Integer::sum);
    int both = SpelledNumbers.both(other, otherLanguage);
    if (both > 0) have.merge("2", both, Integer::sum);
    Map<String, Integer> need = new HashMap<>();
    for (Numbers.Number number : figures) need.merge(number.key(), 1, Integer::sum);
    for (Numbers.Number word : words) {
      // A word the other text keeps as written is code or a name ("last_four_digits"), not a number to translate.
      if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(word.written()) + "(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(other).find()) continue;
      if (need.merge(word.key(), 1, Integer::sum) > have.getOrDefault(word.key(), 0)) unmatched.add(word);
    }
    return unmatched;
  }

  /** The numbers of a text with the months it names next to a figure. */
  private static List<Numbers.Number> with(List<Numbers.Number> numbers, List<Numbers.Number> months) {
    if (months.isEmpty()) return numbers;
    List<Numbers.Number> all = new ArrayList<>(numbers);
    all.addAll(months);
    return all;
  }

  /** Two figures joined by a dash or colon: a score "2-1", "2:1", "2 – 1", a range "3-4". */
  private static final Pattern PAIR = Pattern.compile(
      "(?<![\\p{Nd}.,:/\\p{L}])(\\p{Nd}{1,3}) ?[-–:] ?(\\p{Nd}{1,3})(?![\\p{Nd}:/%]|[.,]\\p{Nd})");

  /**
   * A warning for a score whose figures the target has the other way round ("won 2-1" as "gewann
   * 1:2"): every number is there, so number-changed cannot see it, yet the result is the opposite.
   * Only a warning: a sentence turned round ("lost 1-2 to Bayern" as "Bayern gewann 2:1") is right.
   */
  private static void reversedPairs(TranslationPair pair, String source, String target, List<Finding> findings) {
    if (source.indexOf('-') < 0 && source.indexOf(':') < 0 && source.indexOf('–') < 0) return;
    Map<String, Integer> inSource = pairs(source);
    if (inSource.isEmpty()) return;
    Map<String, Integer> inTarget = pairs(target);
    Map<String, String> writtenInTarget = new HashMap<>();
    Matcher m = PAIR.matcher(target);
    while (m.find()) writtenInTarget.putIfAbsent(key(m.group(1), m.group(2)), m.group());
    for (Map.Entry<String, Integer> entry : inSource.entrySet()) {
      String[] figures = entry.getKey().split("-");
      if (figures[0].equals(figures[1]) || inTarget.getOrDefault(entry.getKey(), 0) >= entry.getValue()) continue;
      String reversed = figures[1] + "-" + figures[0];
      if (inTarget.getOrDefault(reversed, 0) <= inSource.getOrDefault(reversed, 0)) continue;
      String written = writtenInTarget.get(reversed);
      findings.add(finding(pair, Rule.NUMBER_CHANGED, Severity.WARNING, written,
          "the figures " + figures[0] + " and " + figures[1] + " of the source are the other way round in the target ("
              + written + "): a score or result keeps its order, unless the sentence was turned round"));
    }
  }

  /** The pairs of figures of a text ({@link #PAIR}) by their values, "2-1". */
  private static Map<String, Integer> pairs(String text) {
    Map<String, Integer> pairs = new LinkedHashMap<>();
    Matcher m = PAIR.matcher(text);
    while (m.find()) pairs.merge(key(m.group(1), m.group(2)), 1, Integer::sum);
    return pairs;
  }

  private static String key(String first, String second) {
    return value(first) + "-" + value(second);
  }

  private static int value(String figures) {
    int value = 0;
    for (int i = 0; i < figures.length(); i++) value = value * 10 + Character.digit(figures.charAt(i), 10);
    return value;
  }

  /** The ways to read a text's numbers: as read, with its times split, with its other readings ("17.15" as a time). */
  private static List<List<Numbers.Number>> readings(List<Numbers.Number> numbers) {
    List<List<Numbers.Number>> readings = new ArrayList<>(3);
    readings.add(numbers);
    if (Numbers.anyTime(numbers)) readings.add(Numbers.split(numbers));
    if (Numbers.anyOtherReading(numbers)) readings.add(Numbers.otherReadings(numbers));
    return readings;
  }

  /**
   * A warning for each number of the source with a minus sign whose target has it without one and
   * without "minus" ("-5 degrees" as "5 Grad"); "minus", "moins", "menos", "meno" before a number
   * count in the target only, as "al menos 5" is "at least 5". Only a warning: a verb may carry the sign ("fell
   * -2.5%" is "fiel um 2,5 %"), which a check cannot tell from a lost one.
   */
  private void signs(TranslationPair pair, List<Numbers.Number> inSource, List<Numbers.Number> inTarget,
      List<Finding> findings) {
    Map<String, Integer> negative = null;
    for (Numbers.Number number : inSource) {
      if (number.sign() != Numbers.Sign.MINUS) continue;
      if (negative == null) {
        negative = new HashMap<>();
        for (Numbers.Number other : inTarget) {
          if (other.sign() != Numbers.Sign.NONE) negative.merge(other.key(), 1, Integer::sum);
        }
      }
      if (negative.merge(number.key(), -1, Integer::sum) >= 0) continue;
      String unsigned = "";
      for (Numbers.Number other : inTarget) {
        if (other.sign() == Numbers.Sign.NONE && other.key().equals(number.key())) unsigned = other.written();
      }
      // Without the number at all, number-changed has reported it already.
      if (unsigned.isEmpty()) continue;
      findings.add(finding(pair, Rule.NUMBER_CHANGED, Severity.WARNING, unsigned,
          "the number " + number.written() + " of the source has no minus sign in the target (found " + unsigned
              + "): write it as " + number.written() + " or with \"minus\", unless the words say it is negative"));
    }
  }

  /**
   * Looks up the scale words for the pair's languages when they are not the last pair's. They
   * count only when both languages have them: "83 million" is 83 in a language without. Each text
   * reads its own language's words first, then the other's ("£1.2bn" kept in a German target).
   */
  private void scales(TranslationPair pair) {
    if (pair.sourceLanguage().equals(scalesSource) && pair.targetLanguage().equals(scalesTarget)) return;
    scalesSource = pair.sourceLanguage();
    scalesTarget = pair.targetLanguage();
    ScaleWords sourceOwn = ScaleWords.of(scalesSource);
    ScaleWords targetOwn = ScaleWords.of(scalesTarget);
    if (sourceOwn == ScaleWords.NONE || targetOwn == ScaleWords.NONE) {
      sourceScales = targetScales = ScaleWords.NONE;
    } else {
      sourceScales = sourceOwn.then(targetOwn);
      targetScales = targetOwn.then(sourceOwn);
    }
  }

  /**
   * The number findings for one reading of both texts' numbers.
   *
   * @param spelledSource how often each small number is written as a word in the source (by key)
   * @param spelledTarget the same for the target
   */
  private List<Finding> numbers(TranslationPair pair, List<Numbers.Number> inSource, List<Numbers.Number> inTarget,
      Map<String, Integer> spelledSource, Map<String, Integer> spelledTarget) {
    List<Finding> findings = new ArrayList<>(0);
    Map<String, Integer> targetCounts = new HashMap<>();
    for (Numbers.Number number : inTarget) targetCounts.merge(number.key(), 1, Integer::sum);
    Map<String, Integer> sourceCounts = new LinkedHashMap<>();
    Map<String, String> written = new HashMap<>();
    for (Numbers.Number number : inSource) {
      sourceCounts.merge(number.key(), 1, Integer::sum);
      written.putIfAbsent(number.key(), number.written());
    }
    List<String> unmatched = new ArrayList<>();
    List<String> unmatchedKeys = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Numbers.Number number : inTarget) {
      int used = seen.merge(number.key(), 1, Integer::sum);
      int inSourceAll = sourceCounts.getOrDefault(number.key(), 0) + spelledSource.getOrDefault(number.key(), 0);
      if (used > inSourceAll) {
        unmatched.add(number.written());
        unmatchedKeys.add(number.key());
      }
    }
    for (Map.Entry<String, Integer> entry : sourceCounts.entrySet()) {
      int want = entry.getValue();
      int have = targetCounts.getOrDefault(entry.getKey(), 0);
      if (have < want) have += Math.min(want - have, spelledTarget.getOrDefault(entry.getKey(), 0));
      if (have >= want) continue;
      String number = written.get(entry.getKey());
      String found = unmatched.isEmpty() ? "" : unmatched.get(0);
      String message;
      if (have == 0 && found.equals(number) && hour(entry.getKey()) != hour(number)) {
        // Written alike, read apart: a 12-hour time ("2 p.m." is 14) whose a.m. or p.m. the target lost.
        String hours = entry.getKey();
        message = "the time " + number + " of the source is " + hours + " on the 24-hour clock (it has a.m. or p.m.), but the"
            + " target has " + found + ": write " + hours + ", or the time with a.m. or p.m. as the source does";
      } else if (have == 0 && found.equals(number)) {
        // The other way round: the target's a.m. or p.m. ("3 p.m." is 15) that the source does not have ("3 Uhr").
        message = "the time " + found + " of the target is " + unmatchedKeys.get(0) + " on the 24-hour clock (it has a.m. or"
            + " p.m.), but the source has " + number + ": write the time of the source, " + entry.getKey() + " on the 24-hour clock";
      } else if (have == 0) {
        message = "the number " + number + " of the source is not in the target"
            + (found.isEmpty() ? "" : " (found " + found + " instead)")
            + ": keep the number, only its formatting may change";
      } else {
        message = "the number " + number + " occurs " + times(want) + " in the source but " + times(have)
            + " in the target: keep every number of the source";
      }
      findings.add(finding(pair, Rule.NUMBER_CHANGED, Rule.NUMBER_CHANGED.severity(), found.isEmpty() ? number : found, message));
      if (!found.isEmpty()) {
        unmatched.remove(0);
        unmatchedKeys.remove(0);
      }
    }
    // What is left has no number of the source to stand for: added in the target.
    for (String added : unmatched) {
      findings.add(finding(pair, Rule.NUMBER_ADDED, Rule.NUMBER_ADDED.severity(), added,
          "the target has the number " + added + ", which the source does not: remove it unless the source spells it out"));
    }
    return findings;
  }

  /** The value of the figures a number or key starts with: 15 for "15:30", 3 for "3". */
  private static int hour(String written) {
    int value = 0;
    for (int i = 0; i < written.length() && Character.digit(written.charAt(i), 10) >= 0; i++) {
      value = value * 10 + Character.digit(written.charAt(i), 10);
    }
    return value;
  }

  private static String times(int count) {
    return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
  }

  private void codes(TranslationPair pair, InlineText source, InlineText target, List<Finding> findings) {
    if (source.codes().isEmpty() && target.codes().isEmpty()) return;
    Map<String, Integer> targetCodes = counts(target.codes());
    Map<String, Integer> sourceCodes = counts(source.codes());
    Map<String, InlineText.Kind> targetKindById = new HashMap<>();
    for (InlineText.Code code : target.codes()) targetKindById.putIfAbsent(code.id(), code.kind());
    Map<String, InlineText.Kind> sourceKindById = new HashMap<>();
    for (InlineText.Code code : source.codes()) sourceKindById.putIfAbsent(code.id(), code.kind());
    boolean differ = false;
    Map<String, Integer> used = new HashMap<>();
    for (InlineText.Code code : source.codes()) {
      if (code.kind() == InlineText.Kind.PC_CLOSE) continue;
      String key = key(code);
      if (used.merge(key, 1, Integer::sum) <= targetCodes.getOrDefault(key, 0)) continue;
      differ = true;
      InlineText.Kind other = targetKindById.get(code.id());
      if (other != null && !other.element.equals(code.kind().element)) {
        findings.add(finding(pair, Rule.CODE_CHANGED, Rule.CODE_CHANGED.severity(), display(pair, other, code.id()),
            "inline code " + display(pair, code) + " of the source is " + display(pair, other, code.id())
                + " in the target: keep each code as it is in the source"));
      } else {
        findings.add(finding(pair, Rule.CODE_MISSING, Rule.CODE_MISSING.severity(), display(pair, code),
            "inline code " + display(pair, code) + " of the source is missing from the target: keep every code of the source"));
      }
    }
    used.clear();
    for (InlineText.Code code : target.codes()) {
      if (code.kind() == InlineText.Kind.PC_CLOSE) continue;
      String key = key(code);
      if (used.merge(key, 1, Integer::sum) <= sourceCodes.getOrDefault(key, 0)) continue;
      differ = true;
      InlineText.Kind other = sourceKindById.get(code.id());
      if (other != null && !other.element.equals(code.kind().element)) continue;
      int inSource = sourceCodes.getOrDefault(key, 0);
      findings.add(finding(pair, Rule.CODE_ADDED, Rule.CODE_ADDED.severity(), display(pair, code), inSource == 0
          ? "inline code " + display(pair, code) + " is in the target but not in the source: remove it"
          : "inline code " + display(pair, code) + " is " + times(targetCodes.get(key)) + " in the target but " + times(inSource)
              + " in the source: remove the extra one"));
    }
    if (differ) return;
    String sourceOrder = order(pair, source.codes());
    String targetOrder = order(pair, target.codes());
    if (!sourceOrder.equals(targetOrder)) {
      findings.add(finding(pair, Rule.CODE_ORDER, Rule.CODE_ORDER.severity(), targetOrder,
          "the inline codes are in a different order than in the source (source " + sourceOrder + ", target " + targetOrder
              + "): check that each code still marks the right words"));
    }
  }

  private static Map<String, Integer> counts(List<InlineText.Code> codes) {
    Map<String, Integer> counts = new HashMap<>();
    for (InlineText.Code code : codes) {
      if (code.kind() != InlineText.Kind.PC_CLOSE) counts.merge(key(code), 1, Integer::sum);
    }
    return counts;
  }

  private static String key(InlineText.Code code) {
    return code.kind().element + '#' + code.id();
  }

  /** A code as the file names it: another tool's "source1" rather than the neutral number. */
  private static String display(TranslationPair pair, InlineText.Code code) {
    return display(pair, code.kind(), code.id());
  }

  private static String display(TranslationPair pair, InlineText.Kind kind, String id) {
    return new InlineText.Code(kind, pair.codeIds().getOrDefault(id, id), 0).display();
  }

  private static String order(TranslationPair pair, List<InlineText.Code> codes) {
    StringBuilder out = new StringBuilder();
    for (InlineText.Code code : codes) {
      if (out.length() > 0) out.append(' ');
      out.append(display(pair, code));
    }
    return out.toString();
  }

  private void whitespace(TranslationPair pair, InlineText source, InlineText target, List<Finding> findings) {
    for (WhitespaceCheck.Difference difference : whitespace.ends(pair.source(), source, pair.target(), target,
        pair.sourceLanguage(), pair.targetLanguage())) {
      String where = difference.rule() == Rule.WHITESPACE_LEADING ? "begins" : "ends";
      findings.add(finding(pair, difference.rule(), difference.rule().severity(), difference.found(),
          "the source " + where + " with " + WhitespaceCheck.describe(difference.expected()) + " but the target "
              + where + " with " + WhitespaceCheck.describe(difference.found()) + ": keep the white space of the source"));
    }
    String doubled = WhitespaceCheck.doubledSpace(source.plain(), target.plain());
    if (doubled != null) {
      findings.add(finding(pair, Rule.DOUBLE_SPACE, Rule.DOUBLE_SPACE.severity(), doubled,
          "the target has a doubled space in '" + oneLine(doubled) + "': use a single space"));
    }
  }

  /** A text for one line of output: line breaks and tabs shown as ⏎ and →, at most 80 characters. */
  static String quote(String text) {
    String stripped = oneLine(text.strip());
    return stripped.length() <= QUOTE_LIMIT ? stripped : stripped.substring(0, QUOTE_LIMIT - 1) + "…";
  }

  static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) return text;
    return text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', '→');
  }

  static Finding finding(TranslationPair pair, Rule rule, Severity severity, String span, String message) {
    return new Finding(rule, severity, pair.file(), pair.line(), pair.document(), pair.unitId(), pair.targetLanguage(),
        span, message);
  }
}
