package org.transdesk.xliff;

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
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Translation;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/** What Okapi's own readers see in an exported file, one line per unit, for exact assertions. */
public final class OkapiViews {
  private static final LocaleId EN = LocaleId.fromString("en");

  private OkapiViews() {}

  /** One line per unit as Okapi's XLIFF 1.2 filter reports it. */
  public static List<String> xliff12(Path file) throws Exception {
    List<String> units = new ArrayList<>();
    try (XLIFFFilter filter = new XLIFFFilter()) {
      LocaleId language = LocaleId.fromString(targetLanguage(file));
      filter.open(new RawDocument(file.toUri(), "UTF-8", EN, language));
      while (filter.hasNext()) {
        Event event = filter.next();
        if (!event.isTextUnit()) continue;
        ITextUnit unit = event.getTextUnit();
        TextContainer target = unit.getTarget(language);
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
  /** One line per unit as Okapi's XLIFF 2 reader (maximal validation) reports it. */
  public static List<String> xliff20(Path file) {
    List<String> lines = new ArrayList<>();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(file.toFile());
      while (reader.hasNext()) {
        net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
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
        if (unit.getNoteCount() > 0) for (net.sf.okapi.lib.xliff2.core.Note note : unit.getNotes()) line.append(" | note ").append(note.getCategory()).append(": ").append(note.getText());
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

  /** The target-language attribute of a 1.2 file's first file element. */
  private static String targetLanguage(Path file) throws java.io.IOException {
    try (java.io.BufferedReader reader = java.nio.file.Files.newBufferedReader(file)) {
      for (String line; (line = reader.readLine()) != null; ) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("target-language=\"([^\"]+)\"").matcher(line);
        if (m.find()) return m.group(1);
      }
    }
    return "de";
  }
}
