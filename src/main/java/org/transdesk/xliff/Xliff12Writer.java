package org.transdesk.xliff;

import java.io.OutputStream;

/**
 * Streams an XLIFF 1.2 file that validates against the OASIS strict schema plus
 * {@code xliff/transdesk.xsd}. Inline codes: pc→{@code <g>}, ph→{@code <x/>} (protected ones
 * {@code <ph>original</ph>}, visible but not text), sc→{@code <bx/>}, ec→{@code <ex/>}.
 */
public final class Xliff12Writer implements XliffWriter {
  /** How the note on a needs-update unit starts; the previous source follows. */
  static final String PREVIOUS_SOURCE = "source changed since this translation; previous source: ";

  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

  private final XmlOut xml;
  private final Inline inline = new Inline();
  private char[] buffer = new char[256];

  public Xliff12Writer(OutputStream out, ExportFile file) {
    xml = new XmlOut(out);
    xml.start("xliff").defaultNamespace(NAMESPACE).namespace(TdNamespace.PREFIX, TdNamespace.URI).attribute("version", "1.2");
    xml.line(1).start("file")
        .attribute("original", file.original())
        .attribute("source-language", file.sourceLanguage())
        .attribute("target-language", file.targetLanguage())
        .attribute("datatype", datatype(file.format()))
        .attribute(TdNamespace.PREFIX, TdNamespace.URI, TdNamespace.EXPORT, Long.toString(file.exportId()))
        .attribute(TdNamespace.PREFIX, TdNamespace.URI, TdNamespace.VERSION, Integer.toString(file.documentVersion()));
    xml.line(2).start("body");
  }

  /** XLIFF 1.2 section 2.3 datatype values; Markdown has none, so an x- value. */
  static String datatype(String format) {
    return switch (format) {
      case "text" -> "plaintext";
      case "html" -> "html";
      case "markdown" -> "x-markdown";
      default -> "x-" + format.replaceAll("\\s+", "-");
    };
  }

  @Override
  public void write(ExportUnit unit) {
    String target = unit.writtenTarget();
    xml.openTag(3, "trans-unit").tagAttribute("id", Long.toString(unit.id()));
    if (unit.isProtected()) xml.tagAttribute("translate", "no");
    if (target != null && (unit.state() == TargetState.REVIEWED || unit.state() == TargetState.FINAL)) xml.tagAttribute("approved", "yes");
    if (unit.needsPreservedSpace()) xml.tagAttribute("xml:space", "preserve");
    xml.tagAttribute("td:" + TdNamespace.FINGERPRINT, unit.fingerprint()).tagAttribute("td:" + TdNamespace.REV, Integer.toString(unit.revision()));
    if (unit.prefill()) xml.tagAttribute("td:" + TdNamespace.PREFILL, "yes");
    xml.closeTag();

    xml.openTag(4, "source").closeTag();
    inline(unit.source(), unit.codes());
    xml.endTag(-1, "source");
    if (target != null) {
      xml.openTag(4, "target").tagAttribute("state", unit.state().xliff12()).closeTag();
      inline(target, unit.codes());
      xml.endTag(-1, "target");
    }
    for (GlossaryHint hint : unit.glossary()) {
      xml.line(4).start("note").attribute("from", "transdesk-glossary").attribute("annotates", "source").text(hint.describe()).end();
    }
    if (unit.previousSource() != null && unit.target() != null && unit.state() == TargetState.NEEDS_UPDATE) {
      xml.line(4).start("note").attribute("from", "transdesk").attribute("annotates", "source")
          .text(PREVIOUS_SOURCE + PlainText.of(unit.previousSource())).end();
      // XLIFF 1.2 section 2.5.7: alt-trans of type previous-version holds the earlier source and its translation.
      xml.line(4).start("alt-trans").attribute("alttranstype", "previous-version");
      xml.openTag(5, "source").closeTag();
      inline(unit.previousSource(), unit.codes());
      xml.endTag(-1, "source");
      xml.openTag(5, "target").closeTag();
      inline(unit.target(), unit.codes());
      xml.endTag(-1, "target");
      xml.line(4).end();
    }
    xml.endTag(3, "trans-unit");
  }

  private void inline(String neutral, InlineCodes codes) {
    inline.codes = codes;
    buffer = NeutralForm.parse(neutral, inline, buffer);
  }

  @Override
  public void close() {
    xml.line(2).end();
    xml.line(1).end();
    xml.line(0).end();
    xml.finish();
  }

  /** Neutral inline codes as XLIFF 1.2 inline elements. */
  private final class Inline implements NeutralForm.Sink {
    InlineCodes codes;

    @Override
    public void text(char[] chars, int start, int length) {
      xml.text(chars, start, length, null);
    }

    @Override
    public void placeholder(String id) {
      InlineCodes.Code code = codes.get(id);
      if (code != null && code.isProtected()) {
        // A protected code (e-mail, URL) shows its original text but is not editable text.
        xml.start("ph").attribute("id", id);
        if (code.startData() != null) xml.text(code.startData());
        xml.end();
      } else {
        xml.empty("x").plainAttribute("id", id);
        // An HTML <br>: tools show a line break, and lint reads the words on either side as two.
        if (code != null && InlineCodes.isLineBreak(code.data())) xml.plainAttribute("ctype", "lb");
      }
    }

    @Override
    public void pairedStart(String id) {
      xml.start("g").attribute("id", id);
    }

    @Override
    public void pairedEnd(String id) {
      xml.end();
    }

    @Override
    public void isolatedStart(String id) {
      xml.empty("bx").attribute("id", id);
    }

    @Override
    public void isolatedEnd(String id) {
      xml.empty("ex").attribute("id", id);
    }
  }
}
