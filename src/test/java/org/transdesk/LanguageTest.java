package org.transdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void writesTagsInTheirCanonicalBcp47Spelling() {
    assertEquals(List.of("de", "de-CH", "de", "de-DE", "fr", "he", "nb", "zh-Hant-TW", "yue", "fil", "en-US"),
        List.of("de", "de_ch", "deu", "ger-DE", "fre", "heb", "nob", "zho-Hant-TW", "yue", "fil", "EN-us").stream()
            .map(tag -> Language.parse(tag).tag()).toList());
  }
}
