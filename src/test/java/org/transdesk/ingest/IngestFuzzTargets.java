package org.transdesk.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.transdesk.Language;

/** The ingest readers as fuzz targets (ArticleReader is package-private): an article in a format, and an SRX file. */
public final class IngestFuzzTargets {
  private static final Language ENGLISH = Language.parse("en");
  private static final String SAMPLE = "Mr. Kim met U.S. envoy Sung Kim on Monday. \"We are ready,\" he said! Talks resume?\n\nNext paragraph.";
  private static volatile ArticleReader standard;

  private IngestFuzzTargets() {}

  /** Decodes and cuts an article in the given format ("text", "html", "markdown") with transdesk's rules. */
  public static int article(Path file, String format) throws Exception {
    if (standard == null) standard = new ArticleReader(SentenceRules.standard());
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    int[] segments = new int[1];
    String text = ArticleReader.decode(name, bytes);
    // as Ingester.segments does before handing the text to Okapi
    if (Format.parse(format) != Format.TEXT) MarkupDepth.check(name, text);
    standard.read(name, text, Format.parse(format), ENGLISH, segment -> segments[0]++);
    return segments[0];
  }

  /** Loads an SRX file as --srx does and cuts a short text with it, in English and in an unmapped language. */
  public static int srx(Path file) {
    SentenceRules rules = SentenceRules.fromFile(file);
    ArticleReader reader = new ArticleReader(rules);
    int[] segments = new int[1];
    for (Language language : new Language[] {ENGLISH, Language.parse("de")}) {
      reader.read("sample.txt", SAMPLE, Format.TEXT, language, segment -> segments[0]++);
    }
    return segments[0];
  }
}
