package org.transdesk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every seed and every input that once broke a reader, as regression tests: each is read or refused. */
class FuzzCorpusTest {
  @TestFactory
  Stream<DynamicTest> xliffSeedsAreReadOrRefused() {
    return tests("xliff", Targets::xliff);
  }

  @TestFactory
  Stream<DynamicTest> csvSeedsAreLoadedOrRefused() {
    return tests("csv", Targets::glossary);
  }

  @TestFactory
  Stream<DynamicTest> tbxSeedsAreLoadedOrRefused() {
    return tests("tbx", Targets::glossary);
  }

  @TestFactory
  Stream<DynamicTest> srxSeedsAreLoadedOrRefused() {
    return tests("srx", Targets::srx);
  }

  @TestFactory
  Stream<DynamicTest> articleSeedsAreCutOrRefusedInEveryFormat() {
    return Fuzzing.seedFiles("article").stream().flatMap(file -> Stream.of("text", "html", "markdown").map(format ->
        DynamicTest.dynamicTest(file.getFileName() + " as " + format,
            () -> Fuzzing.run("article", Fuzzing.extension(file), Fuzzing.bytes(file), f -> Targets.article(f, format)))));
  }

  @org.junit.jupiter.api.Test
  void everyKindHasSeedsAReaderAccepts() {
    // Mutations should start from files a reader takes, so they reach past the first check.
    Map<String, Long> accepted = new TreeMap<>();
    for (String kind : List.of("xliff", "csv", "tbx", "srx", "article")) {
      accepted.put(kind, Fuzzing.seedFiles(kind).stream().filter(file -> outcome(kind, file) == Fuzzing.Outcome.READ).count());
    }
    assertEquals(Map.of(), accepted.entrySet().stream().filter(e -> e.getValue() < 2)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "kinds with fewer than two readable seeds");
  }

  private static Fuzzing.Outcome outcome(String kind, Path file) {
    Fuzzing.Target target = switch (kind) {
      case "xliff" -> Targets::xliff;
      case "csv", "tbx" -> Targets::glossary;
      case "srx" -> Targets::srx;
      default -> f -> Targets.article(f, Targets.format(file));
    };
    return Fuzzing.run(kind, Fuzzing.extension(file), Fuzzing.bytes(file), target);
  }

  private static Stream<DynamicTest> tests(String kind, Fuzzing.Target target) {
    return Fuzzing.seedFiles(kind).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> Fuzzing.run(kind, Fuzzing.extension(file), Fuzzing.bytes(file), target)));
  }
}
