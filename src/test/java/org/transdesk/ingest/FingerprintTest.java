package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void normalizesUnicodeAndCollapsesSpacing() {
    assertEquals(Fingerprint.of("Café <ph id=\"1\"/> au lait"), Fingerprint.of("  Cafe\u0301 \t<ph id=\"1\"/>\n au   lait "));
  }

  @Test
  void noBreakSpaceIsContent() {
    assertEquals(false, Fingerprint.of("10\u00a0000").equals(Fingerprint.of("10 000")));
  }

  @Test
  void isTheSameValueTheChecksCompute() {
    for (String text : List.of("Kim met Biden.", " a\u00a0b \u2003c\r\n", "E-mail: <ph id=\"1\"/>", "Cafe\u0301")) {
      assertEquals(org.transdesk.check.Fingerprint.of(text), Fingerprint.of(text), text);
    }
  }
}
