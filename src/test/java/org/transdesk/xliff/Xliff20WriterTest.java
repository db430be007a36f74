package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Xliff20WriterTest {
  @TempDir Path dir;

  @Test
  void writesTheGoldenFile() throws Exception {
    try (InputStream golden = getClass().getResourceAsStream("/xliff/sample-units-2.0.xlf")) {
      assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), new String(SampleUnits.write("2.0"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void sameUnitsGiveTheSameBytes() {
    assertArrayEquals(SampleUnits.write("2.0"), SampleUnits.write("2.0"));
  }

  @Test
  void outputIsValidAgainstTheCoreAndGlossarySchemasAndTheTdSchema() throws Exception {
    Path file = Files.write(dir.resolve("units.xlf"), SampleUnits.write("2.0"));
    assertEquals(List.of(), XliffSchemas.errors("2.0", file));
  }

  @Test
  void okapiXliff2ReaderWithFullValidationSeesEveryUnitSourceTargetStateNoteAndGlossEntry() throws Exception {
    Path file = Files.write(dir.resolve("units.xlf"), SampleUnits.write("2.0"));
    assertEquals(List.of(
        "file f7 news/north-korea-talks.html export 12 version 3",
        "101 | Talks & <no> preconditions | - | initial | td 1111111111111111111111111111111111111111111111111111111111111111 0",
        "102 | Ruler Kim Jong Un spoke. Mail . | Machthaber Kim Jong Un sprach. Mail . | translated"
            + " | td 2222222222222222222222222222222222222222222222222222222222222222 2"
            + " | tags OPENING 1 <b>, CLOSING 1 </b>, STANDALONE 2 <br/>, STANDALONE 3 press@example.org (protected)"
            + " | gls Kim Jong Un = [Kim Jong Un] (name; not: Kim Jong-un)",
        "103 | Read more | Mehr lesen | reviewed | td 3333333333333333333333333333333333333333333333333333333333333333 1"
            + " | tags OPENING 4 <a href=\"https://example.org/?a=1&b=2\">",
        "104 | here now | hier jetzt | final | td 3333333333333333333333333333333333333333333333333333333333333333 4"
            + " | tags CLOSING 5 </a>",
        "105 | said US special envoy Sung Kim in Seoul. | sagte der US-Sondergesandte in Seoul. | initial/td:needs-update"
            + " | td 1111111111111111111111111111111111111111111111111111111111111111 3"
            + " | note td:previous-source: said the US special envoy in Seoul."
            + " | gls US special envoy = [US-Sondergesandter, Sondergesandter der USA] (title \u2014 use the first at first mention)",
        "106 (translate=no) | press@example.org | - | initial | td 2222222222222222222222222222222222222222222222222222222222222222 0",
        "107 | Two  spaces\u0001and a bell | Two  spaces\u0001and a bell | initial"
            + " | td 3333333333333333333333333333333333333333333333333333333333333333 0 prefill"),
        OkapiViews.xliff20(file));
  }

}
