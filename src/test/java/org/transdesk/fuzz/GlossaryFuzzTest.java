package org.transdesk.fuzz;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/** Whatever bytes a CSV or TBX glossary holds, loading and matching it ends in a result or a refusal. */
@AddLifecycleHook(FuzzTries.class)
class GlossaryFuzzTest {
  private static final List<byte[]> CSV = Fuzzing.seeds("csv");
  private static final List<byte[]> TBX = Fuzzing.seeds("tbx");

  @Provide Arbitrary<byte[]> mutatedCsv() {
    return Inputs.mutated(CSV);
  }

  @Provide Arbitrary<byte[]> csvSoup() {
    return Inputs.soup(Inputs.CSV_TOKENS);
  }

  @Provide Arbitrary<byte[]> mutatedTbx() {
    return Inputs.mutated(TBX);
  }

  @Provide Arbitrary<byte[]> tbxSoup() {
    return Inputs.soup(Inputs.TBX_TOKENS);
  }

  @Provide Arbitrary<byte[]> randomBytes() {
    return Inputs.randomBytes();
  }

  @Property
  void mutatedCsvIsLoadedOrRefused(@ForAll("mutatedCsv") byte[] input) {
    Statistics.collect(Fuzzing.run("csv", "csv", input, Targets::glossary));
  }

  @Property
  void csvTokenSoupIsLoadedOrRefused(@ForAll("csvSoup") byte[] input) {
    Statistics.collect(Fuzzing.run("csv", "csv", input, Targets::glossary));
  }

  @Property
  void randomBytesAsCsvAreLoadedOrRefused(@ForAll("randomBytes") byte[] input) {
    Statistics.collect(Fuzzing.run("csv", "csv", input, Targets::glossary));
  }

  @Property
  void mutatedTbxIsLoadedOrRefused(@ForAll("mutatedTbx") byte[] input) {
    Statistics.collect(Fuzzing.run("tbx", "tbx", input, Targets::glossary));
  }

  @Property
  void tbxTokenSoupIsLoadedOrRefused(@ForAll("tbxSoup") byte[] input) {
    Statistics.collect(Fuzzing.run("tbx", "tbx", input, Targets::glossary));
  }

  @Property
  void randomBytesAsTbxAreLoadedOrRefused(@ForAll("randomBytes") byte[] input) {
    Statistics.collect(Fuzzing.run("tbx", "tbx", input, Targets::glossary));
  }
}
