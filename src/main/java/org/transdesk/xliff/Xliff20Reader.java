package org.transdesk.xliff;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 2.0, 2.1 and 2.2 core. Module and extension elements are skipped; the segments and
 * ignorables of a unit are joined into one source and one target (targets in their
 * {@code order}).
 */
final class Xliff20Reader {
  private final XmlInput in;
  private final XMLStreamReader r;
  private final XliffHandler handler;
  private final String ns;
  private final InlineText inline;
  private final IdSet unitIds = new IdSet();
  private String version;
  private String srcLang;
  private String trgLang;
  private int files;
  private int units;

  Xliff20Reader(XmlInput in, XliffHandler handler, String ns) {
    this.in = in;
    this.r = in.reader();
    this.handler = handler;
    this.ns = ns;
    this.inline = new InlineText(in.limits().maxSegmentChars());
  }

  XliffHeader read() throws XMLStreamException {
    version = in.attr("version");
    srcLang = in.attr("srcLang");
    trgLang = in.attr("trgLang");
    if (version == null) throw in.refuse("<xliff> without version; XLIFF 2 requires version=\"2.0\", \"2.1\" or \"2.2\"");
    boolean known = ns.equals(XliffReader.NS_22) ? version.equals("2.2") : version.equals("2.0") || version.equals("2.1");
    if (!known) throw in.refuse("version=\"%s\" does not match the namespace %s; fix the version or the namespace", version, ns);
    if (srcLang == null || srcLang.isBlank()) throw in.refuse("<xliff> without srcLang; XLIFF 2 requires it (e.g. srcLang=\"en\")");
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("file")) file();
        else in.skipElement();
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    while (in.next() != END_DOCUMENT) {
      // Comments and processing instructions may follow the root.
    }
    if (files == 0) throw in.refuse("no <file> element; an XLIFF 2 document holds at least one");
    return new XliffHeader(version, srcLang, trgLang, files, units);
  }

  private boolean isCore(String localName) {
    return localName.equals(r.getLocalName()) && ns.equals(in.namespace());
  }

  private void file() throws XMLStreamException {
    files++;
    int line = in.line();
    XliffFile file = new XliffFile(version, in.attr("original"), srcLang, trgLang, in.attr(XmlInput.TD, "export"),
        in.attr(XmlInput.TD, "version"), null, null, line);
    unitIds.clear();
    handler.file(file);
    container(file, translate(true));
  }

  /** File or group content; groups nest and pass translate="no" down. */
  private void container(XliffFile file, boolean translatable) throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("unit")) unit(file, translate(translatable));
        else if (isCore("group")) container(file, translate(translatable));
        else in.skipElement();
      } else if (event == END_ELEMENT) {
        return;
      }
    }
  }

  private boolean translate(boolean inherited) {
    String value = in.attr("translate");
    return value == null ? inherited : !value.equals("no");
  }

  /** One segment or ignorable of a unit. */
  private record Part(String source, String target, String state, String subState, int order, boolean ignorable) { }

  private void unit(XliffFile file, boolean translatable) throws XMLStreamException {
    int line = in.line();
    String id = in.attr("id");
    if (id == null || id.isEmpty()) throw in.refuse("<unit> without id; every unit needs an id unique within its <file>");
    if (!unitIds.add(id)) {
      throw in.refuse("unit id '%s' appears twice in <file original=\"%s\">; each unit must have its own id",
          id, file.original());
    }
    if (++units > in.limits().maxUnits()) throw in.refuse("more than %d units, over the limit; raise it with --max-units or split the file", in.limits().maxUnits());
    String fingerprint = in.attr(XmlInput.TD, "fingerprint");
    String revision = in.attr(XmlInput.TD, "rev");
    Integer rev = null;
    if (revision != null) {
      try {
        rev = Integer.valueOf(revision.strip());
      } catch (NumberFormatException e) {
        throw in.refuse("td:rev=\"%s\" is not a number; it is written by transdesk export, do not edit it", revision);
      }
    }
    boolean prefill = "yes".equals(in.attr(XmlInput.TD, "prefill"));
    List<String> notes = List.of();
    List<Part> parts = new ArrayList<>(2);
    inline.newUnit();
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("segment") || isCore("ignorable")) {
          parts.add(part(parts.size() + 1));
        } else if (isCore("notes")) {
          notes = notes();
        } else {
          in.skipElement();
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (parts.isEmpty()) throw in.refuseAt(line, "unit '%s' has no <segment>; XLIFF 2 requires at least one", id);
    handler.unit(join(file, id, line, translatable, fingerprint, rev, prefill, notes, parts));
  }

  private XliffUnit join(XliffFile file, String id, int line, boolean translatable, String fingerprint, Integer rev,
      boolean prefill, List<String> notes, List<Part> parts) {
    if (parts.size() == 1 && !parts.get(0).ignorable()) {
      Part p = parts.get(0);
      return new XliffUnit(file, id, line, inline.pair(p.source()), p.target() == null ? null : inline.pair(p.target()),
          p.state(), null, p.subState(), false, translatable, fingerprint, rev, prefill, notes);
    }
    StringBuilder source = new StringBuilder();
    boolean anyTarget = false;
    Part least = null;
    for (Part p : parts) {
      source.append(p.source());
      if (p.target() != null) anyTarget = true;
      if (!p.ignorable() && (least == null || rank(p.state()) < rank(least.state()))) least = p;
    }
    String target = null;
    if (anyTarget) {
      Part[] ordered = new Part[parts.size()];
      List<Part> unplaced = new ArrayList<>();
      for (Part p : parts) {
        if (p.order() >= 1 && p.order() <= ordered.length && ordered[p.order() - 1] == null) ordered[p.order() - 1] = p;
        else unplaced.add(p);
      }
      StringBuilder joined = new StringBuilder();
      int next = 0;
      for (int i = 0; i < ordered.length; i++) {
        Part p = ordered[i] != null ? ordered[i] : unplaced.get(next++);
        joined.append(p.target() != null ? p.target() : p.ignorable() ? p.source() : "");
      }
      target = inline.pair(joined.toString());
    }
    String state = least == null ? null : least.state();
    String subState = least == null ? null : least.subState();
    return new XliffUnit(file, id, line, inline.pair(source.toString()), target, state, null, subState, false,
        translatable, fingerprint, rev, prefill, notes);
  }

  private static int rank(String state) {
    if (state == null) return -1;
    return switch (state) {
      case "initial" -> 0;
      case "translated" -> 1;
      case "reviewed" -> 2;
      case "final" -> 3;
      default -> -1;
    };
  }

  private Part part(int position) throws XMLStreamException {
    boolean ignorable = r.getLocalName().equals("ignorable");
    String state = ignorable ? null : in.attr("state");
    String subState = ignorable ? null : in.attr("subState");
    String source = null;
    String target = null;
    int order = position;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("source")) {
          if (source != null) throw in.refuse("two <source> elements in one segment; keep one");
          source = content();
        } else if (isCore("target")) {
          if (target != null) throw in.refuse("two <target> elements in one segment; keep one");
          String o = in.attr("order");
          if (o != null) order = Integer.parseInt(o.strip());
          target = content();
        } else {
          in.skipElement();
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (source == null) throw in.refuse("<%s> without <source>; XLIFF 2 requires one", ignorable ? "ignorable" : "segment");
    return new Part(source, target, state, subState, order, ignorable);
  }

  private List<String> notes() throws XMLStreamException {
    List<String> notes = new ArrayList<>(2);
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("note")) notes.add(in.elementText());
        else in.skipElement();
      } else if (event == END_ELEMENT) {
        return notes;
      }
    }
  }

  /** The neutral form of a source or target, codes not yet paired; ends on its END_ELEMENT. */
  private String content() throws XMLStreamException {
    InlineText text = inline;
    text.start();
    int level = 1;
    while (true) {
      int event = in.next();
      switch (event) {
        case CHARACTERS, CDATA, SPACE -> {
          if (!text.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength())) throw in.tooLong();
        }
        case START_ELEMENT -> {
          if (ns.equals(in.namespace())) {
            if (code(text)) level++;
          } else {
            level++;
          }
        }
        case END_ELEMENT -> {
          if (--level == 0) return text.raw();
          if (isCore("pc")) text.pcClose();
        }
        default -> { }
      }
      if (text.length() > in.limits().maxSegmentChars()) throw in.tooLong();
    }
  }

  /** Handles a core inline element; true when the reader is now inside it (pc, mrk). */
  private boolean code(InlineText text) throws XMLStreamException {
    switch (r.getLocalName()) {
      case "pc" -> {
        text.pcOpen(in.attr("id"));
        return true;
      }
      case "ph" -> text.ph(in.attr("id"));
      case "sc" -> {
        String id = in.attr("id");
        text.open(id, "yes".equals(in.attr("isolated")) ? null : id);
      }
      case "ec" -> {
        if ("yes".equals(in.attr("isolated"))) text.close(in.attr("id"), null);
        else text.close(in.attr("startRef"), in.attr("startRef"));
      }
      case "cp" -> {
        String hex = in.attr("hex");
        int cp;
        try {
          cp = Integer.parseInt(hex == null ? "" : hex, 16);
        } catch (NumberFormatException e) {
          throw in.refuse("<cp hex=\"%s\"> is not a hexadecimal code point; write e.g. hex=\"0001\"", hex);
        }
        if (!Character.isValidCodePoint(cp)) throw in.refuse("<cp hex=\"%s\"> is not a Unicode code point", hex);
        text.text(Character.toString(cp));
      }
      case "sm", "em" -> { }
      default -> {
        return true; // mrk: annotation, keep its text
      }
    }
    in.skipElement();
    return false;
  }
}
