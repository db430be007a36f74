package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The OASIS XLIFF 2.1 and 2.2 test suites: every valid file read, the invalid ones refused. */
class OasisSuiteTest {
  /**
   * Invalid core files transdesk knowingly accepts, with the reason. Only module content is left
   * unchecked: the reader ignores what modules hold (they never carry a unit's text).
   */
  static final Map<String, String> ACCEPTED_INVALID = Map.of(
      "bad_InvalidValidation.xlf", "a wrong element inside the Validation module (val:validationBad); module content"
          + " is not validated");

  /** Valid-folder files that are not valid after all (upstream defects, see corpora SOURCES.md). */
  static final Map<String, String> REFUSED_VALID = Map.of(
      "Good-pgs_plural.xlf", "4: not well-formed XML (Undeclared namespace prefix \"pgs\" (for attribute \"switch\"));"
          + " the tool that wrote it uses the prefix 'pgs' without declaring it: add xmlns:pgs=\"…\" to the root element,"
          + " or have the tool fixed");

  static Stream<Arguments> coreValid() {
    return files("core/valid");
  }

  static Stream<Arguments> modulesValid() {
    return files("modules/valid");
  }

  static Stream<Arguments> coreInvalid() {
    return files("core/invalid");
  }

  private static Stream<Arguments> files(String folder) {
    List<Arguments> all = new ArrayList<>();
    for (String version : List.of("xliff-21", "xliff-22")) {
      for (Path p : Corpora.xliff("oasis-xliff-tc/" + version + "/test-suite/" + folder)) {
        all.add(Arguments.of(version + "/" + p.getFileName(), p));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coreValid")
  void coreValidFileIsRead(String name, Path file) {
    assertNull(Corpora.outcome(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modulesValid")
  void modulesValidFileIsRead(String name, Path file) {
    String refused = REFUSED_VALID.get(file.getFileName().toString());
    assertEquals(refused, Corpora.outcome(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coreInvalid")
  void coreInvalidFileIsRefused(String name, Path file) {
    String outcome = Corpora.outcome(file);
    if (ACCEPTED_INVALID.containsKey(file.getFileName().toString())) assertNull(outcome);
    else assertNotNull(outcome, "accepted " + name);
  }

  @Test
  void atLeastNinetyPercentOfEachCoreInvalidSuiteIsRefused() {
    for (String version : List.of("xliff-21", "xliff-22")) {
      List<Path> files = Corpora.xliff("oasis-xliff-tc/" + version + "/test-suite/core/invalid");
      long refused = files.stream().filter(p -> Corpora.outcome(p) != null).count();
      assertEquals(119, files.size(), version);
      assertTrue(refused * 10 >= files.size() * 9L, version + ": " + refused + " of " + files.size());
      assertEquals(files.size() - ACCEPTED_INVALID.size(), refused, version);
    }
  }
}
