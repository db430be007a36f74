package org.transdesk.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.steps.tokenization.Parameters;
import net.sf.okapi.steps.tokenization.Token;
import net.sf.okapi.steps.tokenization.TokenizationStep;
import net.sf.okapi.steps.tokenization.TokensAnnotation;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.sf.okapi.steps.wordcount.common.GMX;

/**
 * GMX-V word counts with Okapi's tokenizer, counting WORD, HYPHENATED_WORD, NUMBER and TIME tokens as
 * Okapi's {@link WordCounter} does, and ABBREVIATION, DATE, CURRENCY and INTERNET tokens too; one tokenizer per thread, set up once:
 * {@code WordCounter.count} sets up a shared tokenizer for every call under a global lock, which
 * serializes the ingest workers. Logographic scripts go to {@code WordCounter} as they are.
 */
final class WordCount {
  private static final ThreadLocal<Map<LocaleId, TokenizationStep>> STEPS = ThreadLocal.withInitial(HashMap::new);

  private WordCount() {}

  /** An apostrophe that is not between two letters. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!\\p{L})['\u2019]|['\u2019](?!\\p{L})");

  static int of(String text, LocaleId locale) {
    if (text.isBlank()) return 0;
    if (GMX.isLogographicScript(locale)) return (int) WordCounter.count(text, locale);
    try {
      return count(text, locale);
    } catch (ArrayIndexOutOfBoundsException e) {
      // Okapi 1.47's French/Italian apostrophe rule fails on a token that is only an apostrophe
      // ("Uns ’statements"); such an apostrophe is punctuation, so count without it.
      STEPS.get().remove(locale);
      return count(LONE_APOSTROPHE.matcher(text).replaceAll(" "), locale);
    }
  }

  private static int count(String text, LocaleId locale) {
    TokenizationStep step = STEPS.get().computeIfAbsent(locale, WordCount::step);
    ITextUnit unit = TextUnitUtil.buildGenericTU(ONE_FIGURE.matcher(text).replaceAll("0"));
    step.handleEvent(new Event(EventType.TEXT_UNIT, unit));
    TokensAnnotation tokens = TextUnitUtil.getSourceAnnotation(unit, TokensAnnotation.class);
    if (tokens == null) return 0;
    int words = 0;
    for (Token token : tokens.getTokens()) {
      // A currency sign alone ("R$ 3": "R", "$", "3") is no word; an amount with it is one.
      if (!token.getName().equals("CURRENCY") || DIGIT.matcher(token.getValue()).find()) words++;
    }
    return words;
  }

  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

  /**
   * Figures that are one word but that Okapi's tokenizer reads as several numbers: a date written
   * month/day/year whose day is over 12 ("11/24/2026", while "12/5/2024" is one date) and a score
   * "2:1" (as "2-1" is one).
   */
  private static final Pattern ONE_FIGURE = Pattern.compile(
      "(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{2,4}(?![\\d/])|(?<![\\d:])\\d{1,3}:\\d{1,3}(?![\\d:])");

  private static TokenizationStep step(LocaleId locale) {
    TokenizationStep step = new TokenizationStep();
    Parameters parameters = (Parameters) step.getParameters();
    parameters.reset();
    parameters.setTokenizeSource(true);
    parameters.setTokenizeTargets(false);
    // Okapi's WordCounter leaves out ABBREVIATION and DATE tokens, and its tokenizer calls every word
    // in capitals an abbreviation: "NATO and the EU met." was 3 words and a dateline "BERLIN (AP)" none.
    // Every CAT tool counts them, and translators are paid by these counts. So are an amount with its
    // currency sign ("$87.15" is CURRENCY, not NUMBER) and what the tokenizer takes for an address
    // ("INTERNET": a German date "28.11.2026", a site named in the text, "nytimes.com").
    parameters.setIncludedTokenNames("WORD", "HYPHENATED_WORD", "NUMBER", "TIME", "ABBREVIATION", "DATE", "CURRENCY", "INTERNET");
    step.handleEvent(new Event(EventType.START_BATCH));
    StartDocument start = new StartDocument("transdesk");
    start.setLocale(locale);
    start.setMultilingual(false);
    step.handleEvent(new Event(EventType.START_DOCUMENT, start));
    return step;
  }
}
