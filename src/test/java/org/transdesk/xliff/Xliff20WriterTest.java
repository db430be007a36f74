package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Translation;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
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
        okapiView(file));
  }

  /** One line per unit as Okapi's XLIFF 2 reader (maximal validation) reports it. */
  static List<String> okapiView(Path file) {
    List<String> lines = new ArrayList<>();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(file.toFile());
      while (reader.hasNext()) {
        Event event = reader.next();
        if (event.isStartFile()) {
          var start = event.getStartFileData();
          lines.add("file " + start.getId() + " " + start.getOriginal()
              + " export " + start.getExtAttributes().getAttributeValue(TdNamespace.URI, "export")
              + " version " + start.getExtAttributes().getAttributeValue(TdNamespace.URI, "version"));
        }
        if (!event.isUnit()) continue;
        Unit unit = event.getUnit();
        Segment segment = (Segment) unit.getPart(0);
        StringBuilder line = new StringBuilder(unit.getId());
        if (!unit.getTranslate()) line.append(" (translate=no)");
        line.append(" | ").append(segment.getSource().getPlainText())
            .append(" | ").append(segment.hasTarget() ? segment.getTarget().getPlainText() : "-")
            .append(" | ").append(segment.getState()).append(segment.getSubState() == null ? "" : "/" + segment.getSubState())
            .append(" | td ").append(unit.getExtAttributes().getAttributeValue(TdNamespace.URI, "fingerprint"))
            .append(' ').append(unit.getExtAttributes().getAttributeValue(TdNamespace.URI, "rev"));
        if ("yes".equals(unit.getExtAttributes().getAttributeValue(TdNamespace.URI, "prefill"))) line.append(" prefill");
        List<String> tags = new ArrayList<>();
        for (Tag tag : segment.getSource().getOwnTags()) {
          CTag code = (CTag) tag;
          tags.add(code.getTagType() + " " + code.getId() + " " + code.getData() + (code.getCanDelete() ? "" : " (protected)"));
        }
        if (!tags.isEmpty()) line.append(" | tags ").append(String.join(", ", tags));
        if (unit.getNoteCount() > 0) for (Note note : unit.getNotes()) line.append(" | note ").append(note.getCategory()).append(": ").append(note.getText());
        if (unit.hasGlossEntry()) {
          for (GlossEntry entry : unit.getGlossary()) {
            line.append(" | gls ").append(entry.getTerm().getText()).append(" = ")
                .append(entry.getTranslations().stream().map(Translation::getText).toList())
                .append(" (").append(entry.getDefinition().getText()).append(')');
          }
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }
}
