package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Xliff12WriterTest {
  @TempDir Path dir;

  @Test
  void writesTheGoldenFile() throws Exception {
    try (InputStream golden = getClass().getResourceAsStream("/xliff/sample-units-1.2.xlf")) {
      assertEquals(new String(golden.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          new String(SampleUnits.write("1.2"), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void sameUnitsGiveTheSameBytes() {
    assertArrayEquals(SampleUnits.write("1.2"), SampleUnits.write("1.2"));
  }

  @Test
  void outputIsValidAgainstTheStrictSchemaAndTheTdSchema() throws Exception {
    Path file = Files.write(dir.resolve("units.xlf"), SampleUnits.write("1.2"));
    assertEquals(List.of(), XliffSchemas.errors("1.2", file));
  }

  @Test
  void okapiXliffFilterSeesEveryUnitSourceTargetStateAndNote() throws Exception {
    Path file = Files.write(dir.resolve("units.xlf"), SampleUnits.write("1.2"));
    assertEquals(List.of(
        "101 | Talks & <no> preconditions | - | -",
        "102 | Ruler Kim Jong Un spoke. Mail . | Machthaber Kim Jong Un sprach. Mail . | translated"
            + " | codes g<g id=\"1\"> g</g> lb<x id=\"2\" ctype=\"lb\"/> null<ph id=\"3\">press@example.org</ph>"
            + " | note transdesk-glossary: Kim Jong Un (name): Kim Jong Un; not: Kim Jong-un",
        "103 | Read more | Mehr lesen | signed-off | codes Xpt<bx id=\"4\"/>",
        "104 | here now | hier jetzt | final | codes Xpt<ex id=\"5\"/>",
        "105 | said US special envoy Sung Kim in Seoul. | sagte der US-Sondergesandte in Seoul. | needs-review-translation"
            + " | note transdesk-glossary: US special envoy (title): US-Sondergesandter | Sondergesandter der USA \u2014 use the first at first mention"
            + " | note transdesk: source changed since this translation; previous source: said the US special envoy in Seoul."
            + " | alt said the US special envoy in Seoul. = sagte der US-Sondergesandte in Seoul.",
        "106 (not translatable) | press@example.org | - | -",
        "107 | Two  spaces\uFFFDand a bell | Two  spaces\uFFFDand a bell | new"),
        OkapiViews.xliff12(file));
  }

}
