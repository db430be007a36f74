package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Xliff12WriterTest {
  private static final LocaleId EN = LocaleId.fromString("en");
  private static final LocaleId DE = LocaleId.fromString("de");

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
            + " | codes g<g id=\"1\"> g</g> x<x id=\"2\"/> null<ph id=\"3\">press@example.org</ph>"
            + " | note transdesk-glossary: Kim Jong Un (name): Kim Jong Un; not: Kim Jong-un",
        "103 | Read more | Mehr lesen | signed-off | codes Xpt<bx id=\"4\"/>",
        "104 | here now | hier jetzt | final | codes Xpt<ex id=\"5\"/>",
        "105 | said US special envoy Sung Kim in Seoul. | sagte der US-Sondergesandte in Seoul. | needs-review-translation"
            + " | note transdesk-glossary: US special envoy (title): US-Sondergesandter | Sondergesandter der USA \u2014 use the first at first mention"
            + " | note transdesk: source changed since this translation; previous source: said the US special envoy in Seoul."
            + " | alt said the US special envoy in Seoul. = sagte der US-Sondergesandte in Seoul.",
        "106 (not translatable) | press@example.org | - | -",
        "107 | Two  spaces\uFFFDand a bell | Two  spaces\uFFFDand a bell | new"),
        okapiView(file));
  }

  /** One line per unit as Okapi's XLIFF 1.2 filter reports it. */
  static List<String> okapiView(Path file) throws Exception {
    List<String> units = new ArrayList<>();
    try (XLIFFFilter filter = new XLIFFFilter()) {
      filter.open(new RawDocument(file.toUri(), "UTF-8", EN, DE));
      while (filter.hasNext()) {
        Event event = filter.next();
        if (!event.isTextUnit()) continue;
        ITextUnit unit = event.getTextUnit();
        TextContainer target = unit.getTarget(DE);
        boolean hasTarget = target != null && !target.isEmpty();
        StringBuilder line = new StringBuilder(unit.getId());
        if (!unit.isTranslatable()) line.append(" (not translatable)");
        line.append(" | ").append(unit.getSource().getFirstContent().getText())
            .append(" | ").append(hasTarget ? target.getFirstContent().getText() : "-")
            .append(" | ").append(hasTarget ? target.getProperty("state").getValue() : "-");
        List<Code> codes = unit.getSource().getFirstContent().getCodes();
        if (!codes.isEmpty()) {
          line.append(" | codes");
          for (Code code : codes) line.append(' ').append(code.getType()).append(code.getOuterData());
        }
        NoteAnnotation notes = unit.getSource().getAnnotation(NoteAnnotation.class);
        if (notes != null) for (Note note : notes) line.append(" | note ").append(note.getFrom()).append(": ").append(note.getNoteText());
        AltTranslationsAnnotation alts = hasTarget ? target.getAnnotation(AltTranslationsAnnotation.class) : null;
        if (alts != null) {
          for (AltTranslation alt : alts) {
            line.append(" | alt ").append(alt.getSource().getFirstContent().getText())
                .append(" = ").append(alt.getTarget().getFirstContent().getText());
          }
        }
        units.add(line.toString());
      }
    }
    return units;
  }
}
