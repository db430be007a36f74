package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which units are written with xml:space="preserve": whitespace a tool would otherwise collapse. */
class ExportUnitTest {
  @ParameterizedTest(name = "[{0}] preserve={1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "One space between words.|false",
      "x|false",
      "\" Leading space\"|true",
      "\"Trailing space \"|true",
      "\"Two  spaces\"|true",
      "\"End with two  \"|true",
      "\"Tab\there\"|true",
      "\"Line\nbreak\"|true",
      "\"Carriage\rreturn\"|true",
      "\"A bell\u0007 is not whitespace\"|false",
      "\"No\u00a0break space\"|false"})
  void preservesWhitespaceAToolWouldCollapse(String source, boolean preserve) {
    String text = source.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r");
    assertEquals(preserve, ExportUnit.untranslated(1, text, null, "f", false).needsPreservedSpace());
    assertEquals(preserve, new ExportUnit(1, "Plain source.", null, "f", false, TargetState.TRANSLATED, text, 1, null, false,
        java.util.List.of()).needsPreservedSpace(), "the same text as target");
  }
}
