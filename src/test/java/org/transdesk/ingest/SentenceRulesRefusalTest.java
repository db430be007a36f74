package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** Inputs the fuzzers found that once escaped as internal errors, with the refusal each gets now. */
class SentenceRulesRefusalTest {
  @Test
  void srxRuleWithABrokenRegularExpressionIsRefusedWhenLoadedNamingItsRule() {
    Path file = Path.of("src/test/resources/fuzz/srx/crash-invalid-regex.srx");
    DeskException e = assertThrows(DeskException.class, () -> SentenceRules.fromFile(file));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ": language rule 'News' has a rule that is not a valid regular expression (Unclosed group);"
        + " fix its <beforebreak> or <afterbreak>", e.getMessage());
  }

  @Test
  void srxLanguageMapWithABrokenPatternIsRefusedWhenLoadedNotAtTheFirstIngest() {
    // Found by IngestFuzzTest: the pattern was first compiled when an article's language was looked up, exit 5.
    Path file = Path.of("src/test/resources/fuzz/srx/crash-invalid-languagepattern.srx");
    DeskException e = assertThrows(DeskException.class, () -> SentenceRules.fromFile(file));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ": the languagemap of 'News' has a languagepattern that is not a valid regular expression"
        + " (Dangling meta character '*'); fix it", e.getMessage());
  }
}
