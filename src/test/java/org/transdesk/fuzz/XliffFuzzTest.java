package org.transdesk.fuzz;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/** Whatever bytes an XLIFF file holds, reading it (1.2 or 2.x) and checking its units ends in a result or a refusal. */
@AddLifecycleHook(FuzzTries.class)
class XliffFuzzTest {
  private static final List<byte[]> SEEDS = Fuzzing.seeds("xliff");

  @Provide Arbitrary<byte[]> mutatedSeeds() {
    return Inputs.mutated(SEEDS);
  }

  @Provide Arbitrary<byte[]> randomBytes() {
    return Inputs.randomBytes();
  }

  @Provide Arbitrary<byte[]> tokenSoup() {
    return Inputs.soup(Inputs.XLIFF_TOKENS);
  }

  @Property
  void mutatedSeedsAreReadOrRefused(@ForAll("mutatedSeeds") byte[] input) {
    Statistics.collect(Fuzzing.run("xliff", "xlf", input, Targets::xliff));
  }

  @Property
  void randomBytesAreReadOrRefused(@ForAll("randomBytes") byte[] input) {
    Statistics.collect(Fuzzing.run("xliff", "xlf", input, Targets::xliff));
  }

  @Property
  void tokenSoupIsReadOrRefused(@ForAll("tokenSoup") byte[] input) {
    Statistics.collect(Fuzzing.run("xliff", "xlf", input, Targets::xliff));
  }
}
