package org.transdesk.xliff;

import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

/**
 * Streams an XLIFF 2.0 file that validates against the OASIS core schema, the Glossary module
 * schema and {@code xliff/transdesk.xsd}. Inline codes keep their neutral names (pc, ph, and
 * sc/ec with {@code isolated="yes"}); their original text goes into {@code <originalData>}, and
 * protected codes get {@code canDelete="no"}. Glossary hints use the Glossary module
 * ({@code gls}), the previous source of a needs-update unit a note.
 */
public final class Xliff20Writer implements XliffWriter {
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
  public static final String GLOSSARY_NAMESPACE = "urn:oasis:names:tc:xliff:glossary:2.0";

  private final XmlOut xml;
  private final Inline inline = new Inline();
  private char[] buffer = new char[256];

  public Xliff20Writer(OutputStream out, ExportFile file) {
    xml = new XmlOut(out);
    xml.start("xliff").defaultNamespace(NAMESPACE)
        .namespace("gls", GLOSSARY_NAMESPACE)
        .namespace(TdNamespace.PREFIX, TdNamespace.URI)
        .attribute("version", "2.0")
        .attribute("srcLang", file.sourceLanguage())
        .attribute("trgLang", file.targetLanguage());
    xml.line(1).start("file")
        .attribute("id", "f" + file.documentId())
        .attribute("original", file.original())
        .attribute(TdNamespace.PREFIX, TdNamespace.URI, TdNamespace.EXPORT, Long.toString(file.exportId()))
        .attribute(TdNamespace.PREFIX, TdNamespace.URI, TdNamespace.VERSION, Integer.toString(file.documentVersion()));
  }

  @Override
  public void write(ExportUnit unit) {
    String target = unit.writtenTarget();
    boolean needsUpdate = unit.state() == TargetState.NEEDS_UPDATE;
    xml.openTag(2, "unit").tagAttribute("id", Long.toString(unit.id()));
    if (unit.isProtected()) xml.tagAttribute("translate", "no");
    if (unit.needsPreservedSpace()) xml.tagAttribute("xml:space", "preserve");
    xml.tagAttribute("td:" + TdNamespace.FINGERPRINT, unit.fingerprint()).tagAttribute("td:" + TdNamespace.REV, Integer.toString(unit.revision()));
    if (unit.prefill()) xml.tagAttribute("td:" + TdNamespace.PREFILL, "yes");
    xml.closeTag();

    if (!unit.glossary().isEmpty()) glossary(unit);
    if (needsUpdate && unit.previousSource() != null) {
      xml.line(3).start("notes");
      xml.line(4).start("note").attribute("category", "td:previous-source").attribute("appliesTo", "source")
          .text(PlainText.of(unit.previousSource())).end();
      xml.line(3).end();
    }
    if (!unit.codes().isEmpty()) originalData(unit.codes(), unit.source(), target);

    xml.openTag(3, "segment").tagAttribute("state", target == null ? TargetState.NEW.xliff20() : unit.state().xliff20());
    // XLIFF 2.0 section 4.2.2.6: a subState value is prefixed with its authority.
    if (target != null && needsUpdate) xml.tagAttribute("subState", unit.state().xliff20SubState());
    xml.closeTag();
    xml.openTag(4, "source").closeTag();
    inline(unit.source(), unit.codes());
    xml.endTag(-1, "source");
    if (target != null) {
      xml.openTag(4, "target").closeTag();
      inline(target, unit.codes());
      xml.endTag(-1, "target");
    }
    xml.endTag(3, "segment");
    xml.endTag(2, "unit");
  }

  private void glossary(ExportUnit unit) {
    xml.line(3).start("gls", "glossary", GLOSSARY_NAMESPACE);
    for (GlossaryHint hint : unit.glossary()) {
      xml.line(4).start("gls", "glossEntry", GLOSSARY_NAMESPACE);
      xml.line(5).start("gls", "term", GLOSSARY_NAMESPACE).attribute("source", "transdesk").text(hint.source()).end();
      for (String approved : hint.approved()) {
        xml.line(5).start("gls", "translation", GLOSSARY_NAMESPACE).attribute("source", "transdesk").text(approved).end();
      }
      xml.line(5).start("gls", "definition", GLOSSARY_NAMESPACE).attribute("source", "transdesk").text(hint.definition()).end();
      xml.line(4).end();
    }
    xml.line(3).end();
  }

  /** The original data of the codes the source or target uses, in code id order; nothing when none has data. */
  private void originalData(InlineCodes codes, String source, String target) {
    Set<String> used = CodeIds.of(source);
    if (target != null) used.addAll(CodeIds.of(target));
    boolean started = false;
    for (Map.Entry<String, InlineCodes.Code> entry : codes.byId().entrySet()) {
      InlineCodes.Code code = entry.getValue();
      if (!used.contains(entry.getKey()) || code.data() == null && code.open() == null && code.close() == null) continue;
      if (!started) xml.line(3).start("originalData");
      started = true;
      if (code.data() != null) {
        data(startRef(entry.getKey(), code), code.data());
      } else {
        if (code.open() != null) data(startRef(entry.getKey(), code), code.open());
        if (code.close() != null) data(endRef(entry.getKey(), code), code.close());
      }
    }
    if (started) xml.line(3).end();
  }

  private void data(String id, String text) {
    xml.line(4).start("data").attribute("id", id);
    char[] chars = text.toCharArray();
    xml.text(chars, 0, chars.length, "cp");
    xml.end();
  }

  /** The {@code <data>} id of a code's start (or only) part: dN for standalone data, dNs for an opening. */
  private static String startRef(String id, InlineCodes.Code code) {
    if (code.data() != null) return "d" + id;
    return code.open() != null ? "d" + id + "s" : null;
  }

  private static String endRef(String id, InlineCodes.Code code) {
    if (code.data() != null) return "d" + id;
    return code.close() != null ? "d" + id + "e" : null;
  }

  private void inline(String neutral, InlineCodes codes) {
    inline.codes = codes;
    buffer = NeutralForm.parse(neutral, inline, buffer);
  }

  @Override
  public void close() {
    xml.line(1).end();
    xml.line(0).end();
    xml.finish();
  }

  /** Neutral inline codes as XLIFF 2.0 inline elements pointing at their original data. */
  private final class Inline implements NeutralForm.Sink {
    InlineCodes codes;

    @Override
    public void text(char[] chars, int start, int length) {
      xml.text(chars, start, length, "cp");
    }

    @Override
    public void placeholder(String id) {
      xml.empty("ph").attribute("id", id);
      InlineCodes.Code code = codes.get(id);
      if (code == null) return;
      if (code.isProtected()) xml.attribute("canDelete", "no");
      String ref = startRef(id, code);
      if (ref != null) xml.attribute("dataRef", ref);
      // An HTML <br>: tools show a line break, and lint reads the words on either side as two.
      if (InlineCodes.isLineBreak(code.data())) xml.attribute("type", "fmt").attribute("subType", "xlf:lb");
    }

    @Override
    public void pairedStart(String id) {
      xml.start("pc").attribute("id", id);
      InlineCodes.Code code = codes.get(id);
      if (code == null) return;
      if (code.isProtected()) xml.attribute("canDelete", "no");
      String start = startRef(id, code);
      String end = endRef(id, code);
      if (start != null) xml.attribute("dataRefStart", start);
      if (end != null) xml.attribute("dataRefEnd", end);
    }

    @Override
    public void pairedEnd(String id) {
      xml.end();
    }

    @Override
    public void isolatedStart(String id) {
      xml.empty("sc").attribute("id", id).attribute("isolated", "yes");
      InlineCodes.Code code = codes.get(id);
      if (code == null) return;
      if (code.isProtected()) xml.attribute("canDelete", "no");
      String ref = startRef(id, code);
      if (ref != null) xml.attribute("dataRef", ref);
    }

    @Override
    public void isolatedEnd(String id) {
      xml.empty("ec").attribute("id", id).attribute("isolated", "yes");
      InlineCodes.Code code = codes.get(id);
      if (code == null) return;
      if (code.isProtected()) xml.attribute("canDelete", "no");
      String ref = endRef(id, code);
      if (ref != null) xml.attribute("dataRef", ref);
    }
  }
}
