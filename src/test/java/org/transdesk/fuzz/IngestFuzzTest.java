package org.transdesk.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/** Whatever bytes an article or an SRX file holds, cutting it into sentences ends in a result or a refusal. */
@AddLifecycleHook(FuzzTries.class)
class IngestFuzzTest {
  private static final List<byte[]> ARTICLES = Fuzzing.seeds("article");
  private static final List<byte[]> SRX = Fuzzing.seeds("srx");

  @Provide Arbitrary<byte[]> mutatedArticles() {
    return Inputs.mutated(ARTICLES);
  }

  @Provide Arbitrary<byte[]> articleSoup() {
    return Inputs.soup(Inputs.ARTICLE_TOKENS);
  }

  @Provide Arbitrary<String> formats() {
    return Arbitraries.of("text", "html", "markdown");
  }

  @Provide Arbitrary<byte[]> mutatedSrx() {
    return Inputs.mutated(SRX);
  }

  @Provide Arbitrary<byte[]> srxSoup() {
    return Inputs.soup(Inputs.SRX_TOKENS);
  }

  @Provide Arbitrary<byte[]> randomBytes() {
    return Inputs.randomBytes();
  }

  @Property
  void mutatedArticlesAreCutOrRefused(@ForAll("mutatedArticles") byte[] input, @ForAll("formats") String format) {
    Statistics.collect(format, Fuzzing.run("article", "txt", input, file -> Targets.article(file, format)));
  }

  @Property
  void articleTokenSoupIsCutOrRefused(@ForAll("articleSoup") byte[] input, @ForAll("formats") String format) {
    Statistics.collect(format, Fuzzing.run("article", "txt", input, file -> Targets.article(file, format)));
  }

  @Property
  void randomBytesAsArticlesAreCutOrRefused(@ForAll("randomBytes") byte[] input, @ForAll("formats") String format) {
    Statistics.collect(format, Fuzzing.run("article", "txt", input, file -> Targets.article(file, format)));
  }

  @Property
  void mutatedSrxIsLoadedOrRefused(@ForAll("mutatedSrx") byte[] input) {
    Statistics.collect(Fuzzing.run("srx", "srx", input, Targets::srx));
  }

  @Property
  void srxTokenSoupIsLoadedOrRefused(@ForAll("srxSoup") byte[] input) {
    Statistics.collect(Fuzzing.run("srx", "srx", input, Targets::srx));
  }
}
