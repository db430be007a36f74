package org.transdesk.xliff;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transdesk.DeskException;

/**
 * Reads XLIFF 2.0, 2.1 and 2.2 core and enforces its processing requirements (XLIFF 2.1 §4, the
 * rules the OASIS test suite's {@code invalid/} files break). Module and extension elements are
 * checked only where the core specification constrains them, and otherwise skipped. The segments
 * and ignorables of a unit are joined into one source and one target (targets in their
 * {@code order}); the checks that span a unit live in {@link Unit20}.
 */
final class Xliff20Reader {
  static final String MODULES = "urn:oasis:names:tc:xliff:";
  static final String FS = "urn:oasis:names:tc:xliff:fs:2.0";

  private static final String[] ROOT_ATTRS = {"version", "srcLang", "trgLang"};
  private static final String[] FILE_ATTRS = {"id", "canResegment", "original", "translate", "srcDir", "trgDir"};
  private static final String[] GROUP_ATTRS = {"id", "name", "canResegment", "translate", "srcDir", "trgDir", "type"};
  private static final String[] NOTE_ATTRS = {"id", "appliesTo", "category", "priority", "ref"};
  private static final String[] SEGMENT_ATTRS = {"id", "canResegment", "state", "subState"};
  private static final String[] IGNORABLE_ATTRS = {"id"};
  private static final String[] SOURCE_ATTRS = {};
  private static final String[] TARGET_ATTRS = {"order"};
  private static final String[] DATA_ATTRS = {"id", "dir"};
  private static final String[] SKELETON_ATTRS = {"href"};
  private static final String[] NONE = {};

  /** Which attributes of other namespaces an element takes (XLIFF 2.1 §4.9.3 and the core schema). */
  enum Foreign {
    /** Extensions and modules ({@code xliff file group unit note mrk sm}). */
    ANY,
    /** Module attributes only ({@code ph pc sc ec segment source target}). */
    MODULES,
    /** None at all. */
    NONE
  }

  private final XmlInput in;
  private final XMLStreamReader r;
  private final XliffHandler handler;
  private final String ns;
  private final InlineText inline;
  private final Unit20 unit;
  private final IdSet unitIds = new IdSet();
  private final Set<String> groupIds = new HashSet<>();
  private final Set<String> fileIds = new HashSet<>();
  private final List<String[]> subFlows = new ArrayList<>(); // {unit id, line} to resolve at </file>
  private String version;
  private String srcLang;
  private String trgLang;
  private int files;
  private int units;

  /** What a container passes down: xml:lang, xml:space, translate. */
  record Scope(String lang, String space, boolean translate) { }

  Xliff20Reader(XmlInput in, XliffHandler handler, String ns) {
    this.in = in;
    this.r = in.reader();
    this.handler = handler;
    this.ns = ns;
    this.inline = new InlineText(in.limits().maxSegmentChars());
    this.unit = new Unit20(in, inline);
  }

  XliffHeader read() throws XMLStreamException {
    version = in.attr("version");
    srcLang = in.attr("srcLang");
    trgLang = in.attr("trgLang");
    if (version == null) throw in.refuse("<xliff> without version; XLIFF 2 requires version=\"2.0\", \"2.1\" or \"2.2\"");
    boolean known = version.equals("2.0") || version.equals("2.1") || ns.equals(XliffReader.NS_22) && version.equals("2.2");
    if (!known) throw in.refuse("version=\"%s\" does not match the namespace %s; fix the version or the namespace", version, ns);
    if (srcLang == null) throw in.refuse("<xliff> without srcLang; XLIFF 2 requires it (e.g. srcLang=\"en\")");
    attributes("xliff", ROOT_ATTRS, Foreign.ANY);
    language("srcLang", srcLang);
    if (trgLang != null) language("trgLang", trgLang);
    Scope scope = scope(new Scope(null, "default", true));
    boolean seenFile = false;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("file")) {
          file(scope);
          seenFile = true;
        } else if (!seenFile && ns.equals(XliffReader.NS_22) && (isCore("notes") || isMetadata())) {
          if (isCore("notes")) notes(null, new HashSet<>()); // XLIFF 2.2 §4.2.1.1: notes and metadata before files
          else in.skipElement();
        } else {
          throw in.refuse("<%s> is not allowed in <xliff>, which holds only <file> elements; remove it", qname());
        }
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

  private boolean isMetadata() {
    return "metadata".equals(r.getLocalName()) && "urn:oasis:names:tc:xliff:metadata:2.0".equals(in.namespace());
  }

  private boolean isCore(String localName) {
    return localName.equals(r.getLocalName()) && ns.equals(in.namespace());
  }

  private boolean inCore() {
    return ns.equals(in.namespace());
  }

  String qname() {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  /** The scope inside the current element: its own xml:lang, xml:space and translate over the outer one. */
  private Scope scope(Scope outer) {
    String lang = in.attr(XmlInput.XML, "lang");
    String space = in.attr(XmlInput.XML, "space");
    String translate = in.attr("translate");
    if (lang != null) language("xml:lang", lang);
    if (space != null) space(space);
    if (translate != null) yesNo("translate", translate);
    return new Scope(lang != null ? lang : outer.lang(), space != null ? space : outer.space(),
        translate != null ? translate.equals("yes") : outer.translate());
  }

  private void file(Scope outer) throws XMLStreamException {
    files++;
    int line = in.line();
    String id = required("file", "id");
    nmtoken("id", id);
    if (!fileIds.add(id)) throw in.refuse("file id '%s' is used twice; each <file> needs its own id", id);
    attributes("file", FILE_ATTRS, Foreign.ANY);
    yesNo("canResegment", in.attr("canResegment"));
    dir("srcDir", in.attr("srcDir"));
    dir("trgDir", in.attr("trgDir"));
    Scope scope = scope(outer);
    XliffFile file = new XliffFile(version, in.attr("original"), srcLang, trgLang, in.attr(XmlInput.TD, "export"),
        in.attr(XmlInput.TD, "version"), null, null, line);
    unitIds.clear();
    groupIds.clear();
    subFlows.clear();
    handler.file(file);
    // XLIFF 2.1 §4.2.2.1: skeleton?, extensions*, notes?, (unit | group)+.
    int phase = 0;
    Set<String> extensionIds = new HashSet<>();
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("skeleton") && phase == 0) {
          skeleton();
          phase = 1;
        } else if (!inCore() && phase <= 3) {
          // The schema wants extensions before <notes>; tools such as Memsource write them after. Tolerated.
          extension(extensionIds);
          phase = Math.max(phase, 2);
        } else if (isCore("notes") && phase <= 2) {
          notes(null, new HashSet<>());
          phase = 3;
        } else if (isCore("unit")) {
          unit(file, id, scope);
          phase = 4;
        } else if (isCore("group")) {
          group(file, id, scope);
          phase = 4;
        } else {
          throw misplaced("file", "<skeleton>, extensions, <notes>, then <unit> and <group> elements");
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (phase < 4) throw in.refuse("<file id=\"%s\"> holds no <unit> or <group>; XLIFF 2 requires at least one", id);
    for (String[] flow : subFlows) {
      if (!unitIds.contains(flow[0])) {
        throw in.refuseAt(Integer.parseInt(flow[1]),
            "subFlows names unit '%s', which is not in <file id=\"%s\">; point it at a unit of the same file", flow[0], id);
      }
    }
  }

  private DeskException misplaced(String parent, String expected) {
    return in.refuse("<%s> is not allowed here in <%s>, which holds %s; remove or move it", qname(), parent, expected);
  }

  private void skeleton() throws XMLStreamException {
    attributes("skeleton", SKELETON_ATTRS, Foreign.NONE);
    String href = in.attr("href");
    int line = in.line();
    boolean content = false;
    int level = 1;
    while (level > 0) {
      int event = in.next();
      if (event == START_ELEMENT) {
        level++;
        content = true;
      } else if (event == END_ELEMENT) {
        level--;
      } else if ((event == CHARACTERS || event == CDATA) && !r.isWhiteSpace()) {
        content = true;
      }
    }
    // XLIFF 2.1 §4.2.2.2: either an href or content, not both.
    if (href != null && content) throw in.refuseAt(line, "<skeleton> has both href and content; keep one");
    if (href == null && !content) throw in.refuseAt(line, "<skeleton> is empty and has no href; give one or the other");
  }

  /** An extension or module element: skipped, but ids in it must be unique per namespace within the container. */
  private void extension(Set<String> ids) throws XMLStreamException {
    int level = 1;
    extensionId(ids);
    while (level > 0) {
      int event = in.next();
      if (event == START_ELEMENT) {
        level++;
        extensionId(ids);
      } else if (event == END_ELEMENT) {
        level--;
      }
    }
  }

  private void extensionId(Set<String> ids) {
    if (inCore()) return; // core elements inside a module (a match's source) have ids of their own scope
    String id = in.attr("id");
    String xmlId = in.attr(XmlInput.XML, "id");
    for (String value : new String[] {id, xmlId}) {
      if (value != null && !ids.add(in.namespace() + ' ' + value)) {
        throw in.refuse("id '%s' is used twice by elements of the namespace %s here; extension ids must be unique",
            value, in.namespace());
      }
    }
  }

  private void group(XliffFile file, String fileId, Scope outer) throws XMLStreamException {
    String id = required("group", "id");
    nmtoken("id", id);
    if (!groupIds.add(id)) throw in.refuse("group id '%s' is used twice in the file; each <group> needs its own id", id);
    attributes("group", GROUP_ATTRS, Foreign.ANY);
    containerValues();
    Scope scope = scope(outer);
    int phase = 0;
    Set<String> extensionIds = new HashSet<>();
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (!inCore() && phase <= 1) {
          extension(extensionIds);
        } else if (isCore("notes") && phase == 0) {
          notes(null, new HashSet<>());
          phase = 1;
        } else if (isCore("unit")) {
          unit(file, fileId, scope);
          phase = 2;
        } else if (isCore("group")) {
          group(file, fileId, scope);
          phase = 2;
        } else {
          throw misplaced("group", "extensions, <notes>, then <unit> and <group> elements");
        }
      } else if (event == END_ELEMENT) {
        return;
      }
    }
  }

  private void containerValues() {
    yesNo("canResegment", in.attr("canResegment"));
    dir("srcDir", in.attr("srcDir"));
    dir("trgDir", in.attr("trgDir"));
    String type = in.attr("type");
    if (type != null) userDefined("type", type);
  }

  /** Reads a notes element; with a unit, its note ids are kept for comment references. */
  private void notes(Unit20 owner, Set<String> ids) throws XMLStreamException {
    attributes("notes", NONE, Foreign.NONE);
    int count = 0;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (!isCore("note")) throw misplaced("notes", "only <note> elements");
        count++;
        attributes("note", NOTE_ATTRS, Foreign.ANY);
        String id = in.attr("id");
        if (id != null) {
          nmtoken("id", id);
          if (!ids.add(id)) throw in.refuse("note id '%s' is used twice in one <notes>; give each note its own id", id);
        }
        String appliesTo = in.attr("appliesTo");
        if (appliesTo != null && !appliesTo.equals("source") && !appliesTo.equals("target")) {
          throw in.refuse("appliesTo=\"%s\" on <note>; use source or target", appliesTo);
        }
        String priority = in.attr("priority");
        if (priority != null && !priority.matches("10|[1-9]")) {
          throw in.refuse("priority=\"%s\" on <note>; use a number from 1 to 10", priority);
        }
        // The previous source transdesk's export wrote is the desk's, not something the translator says.
        boolean desks = "td:previous-source".equals(in.attr("category"));
        String text = noteText();
        if (owner != null) owner.note(id, desks ? null : text);
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (count == 0) throw in.refuse("<notes> without any <note>; remove it or add a note");
  }

  private String noteText() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) throw in.refuse("<%s> inside <note>; a note holds text only", qname());
      if (event == END_ELEMENT) return text.toString();
      if (event == CHARACTERS || event == CDATA || event == SPACE) {
        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        if (text.length() > in.limits().maxSegmentChars()) throw in.tooLong("note");
      }
    }
  }

  private void unit(XliffFile file, String fileId, Scope outer) throws XMLStreamException {
    int line = in.line();
    String id = required("unit", "id");
    nmtoken("id", id);
    if (!unitIds.add(id)) {
      throw in.refuse("unit id '%s' appears twice in <file original=\"%s\">; each unit must have its own id",
          id, file.original());
    }
    if (++units > in.limits().maxUnits()) throw in.refuse("more than %d units, over the limit; raise it with --max-units or split the file",
        in.limits().maxUnits());
    attributes("unit", GROUP_ATTRS, Foreign.ANY);
    containerValues();
    Scope scope = scope(outer);
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
    Unit20 u = unit;
    u.start(fileId, id);
    int phase = 0;
    boolean segment = false;
    Set<String> extensionIds = null;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("segment") || isCore("ignorable")) {
          segment |= r.getLocalName().equals("segment");
          part(u, scope);
          phase = 3;
        } else if (!inCore() && phase <= 2) {
          // The schema wants extensions before <notes>; Memsource writes mda:metadata after them. Tolerated.
          if (extensionIds == null) extensionIds = new HashSet<>();
          extension(extensionIds);
        } else if (isCore("notes") && phase == 0) {
          notes(u, new HashSet<>());
          phase = 1;
        } else if (isCore("originalData") && phase <= 1) {
          originalData(u);
          phase = 2;
        } else {
          throw misplaced("unit", "extensions, <notes>, <originalData>, then <segment> and <ignorable> elements");
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (!segment) throw in.refuseAt(line, "unit '%s' has no <segment>; XLIFF 2 requires at least one", id);
    u.check();
    for (String flow : u.subFlows()) subFlows.add(new String[] {flow, Integer.toString(line)});
    handler.unit(u.toUnit(file, line, scope.translate(), fingerprint, rev, prefill));
  }

  private void originalData(Unit20 u) throws XMLStreamException {
    attributes("originalData", NONE, Foreign.NONE);
    int count = 0;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (!isCore("data")) throw misplaced("originalData", "only <data> elements");
        count++;
        attributes("data", DATA_ATTRS, Foreign.NONE);
        String id = required("data", "id");
        nmtoken("id", id);
        dir("dir", in.attr("dir"));
        String space = in.attr(XmlInput.XML, "space");
        if (space != null && !space.equals("preserve")) throw in.refuse("xml:space=\"%s\" on <data>; it is always preserve", space);
        if (!u.data(id)) throw in.refuse("data id '%s' is used twice in the unit; give each <data> its own id", id);
        dataContent();
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (count == 0) throw in.refuse("<originalData> without any <data>; remove it or add the data");
  }

  private void dataContent() throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (!isCore("cp")) throw in.refuse("<%s> inside <data>; data holds text and <cp> only", qname());
        codePoint();
        in.skipElement();
      } else if (event == END_ELEMENT) {
        return;
      }
    }
  }

  private void part(Unit20 u, Scope scope) throws XMLStreamException {
    boolean ignorable = r.getLocalName().equals("ignorable");
    attributes(ignorable ? "ignorable" : "segment", ignorable ? IGNORABLE_ATTRS : SEGMENT_ATTRS, Foreign.MODULES);
    String id = in.attr("id");
    if (id != null) nmtoken("id", id);
    String state = null;
    String subState = null;
    if (!ignorable) {
      yesNo("canResegment", in.attr("canResegment"));
      state = in.attr("state");
      subState = in.attr("subState");
      if (state != null && !state.equals("initial") && !state.equals("translated") && !state.equals("reviewed")
          && !state.equals("final")) {
        throw in.refuse("state=\"%s\" on <segment>; XLIFF 2 knows initial, translated, reviewed and final", state);
      }
      if (subState != null) {
        if (state == null) throw in.refuse("subState=\"%s\" without state; XLIFF 2 requires a state with it", subState);
        userDefined("subState", subState);
      }
    }
    u.part(id, state, subState, ignorable);
    boolean source = false;
    boolean target = false;
    String sourceSpace = null;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isCore("source") && !source && !target) {
          attributes("source", SOURCE_ATTRS, Foreign.MODULES);
          Scope s = scope(scope);
          if (s.lang() != null && !s.lang().equalsIgnoreCase(srcLang)) {
            throw in.refuse("<source> is in xml:lang '%s' but the file's srcLang is '%s'; make them the same", s.lang(), srcLang);
          }
          sourceSpace = s.space();
          inline(u, false, s.space().equals("preserve"));
          source = true;
        } else if (isCore("target") && source && !target) {
          attributes("target", TARGET_ATTRS, Foreign.MODULES);
          if (trgLang == null) {
            throw in.refuse("<target> in a document without trgLang; add trgLang to <xliff>");
          }
          Scope s = scope(scope);
          if (s.lang() != null && !s.lang().equalsIgnoreCase(trgLang)) {
            throw in.refuse("<target> is in xml:lang '%s' but the file's trgLang is '%s'; make them the same", s.lang(), trgLang);
          }
          if (!s.space().equals(sourceSpace)) {
            throw in.refuse("<target> has xml:space '%s' but its <source> '%s'; they must be the same", s.space(), sourceSpace);
          }
          String order = in.attr("order");
          if (order != null) {
            if (!order.matches("[1-9][0-9]{0,8}")) throw in.refuse("order=\"%s\" on <target>; use a positive number", order);
            u.order(Integer.parseInt(order));
          }
          inline(u, true, s.space().equals("preserve"));
          target = true;
        } else if (isCore("target") && !source) {
          throw in.refuse("<target> before any <source> in <%s>; the source comes first and is required",
              ignorable ? "ignorable" : "segment");
        } else if (isCore("source") && source) {
          throw in.refuse("two <source> elements in one %s; keep one", ignorable ? "ignorable" : "segment");
        } else {
          throw misplaced(ignorable ? "ignorable" : "segment", "one <source> and at most one <target>");
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (!source) throw in.refuse("<%s> without <source>; XLIFF 2 requires one", ignorable ? "ignorable" : "segment");
  }

  /** Reads a source or target; ends on its END_ELEMENT. */
  private void inline(Unit20 u, boolean target, boolean preserve) throws XMLStreamException {
    InlineText text = inline;
    text.start();
    u.startContent(target);
    // Open pc and mrk elements, innermost last: 'p' pc, 'm' mrk.
    StringBuilder open = new StringBuilder();
    while (true) {
      int event = in.next();
      switch (event) {
        case CHARACTERS, CDATA, SPACE -> {
          if (!text.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength())) throw in.tooLong();
        }
        case START_ELEMENT -> {
          if (!inCore()) throw in.refuse("<%s> inside <%s>; only XLIFF inline elements may be there", qname(),
              target ? "target" : "source");
          String name = r.getLocalName();
          switch (name) {
            case "pc" -> {
              u.code('p', this);
              text.pcOpen(in.attr("id"));
              open.append('p');
            }
            case "mrk" -> {
              u.code('m', this);
              open.append('m');
            }
            case "ph" -> empty(u, 'h', text);
            case "sc" -> empty(u, 's', text);
            case "ec" -> empty(u, 'e', text);
            case "sm" -> empty(u, 'a', text);
            case "em" -> empty(u, 'z', text);
            case "cp" -> {
              int cp = codePoint();
              text.text(Character.toChars(cp), 0, Character.charCount(cp));
              emptyElement("cp");
            }
            default -> throw in.refuse("<%s> inside <%s>; only XLIFF inline elements may be there", qname(),
                target ? "target" : "source");
          }
        }
        case END_ELEMENT -> {
          if (open.length() == 0) {
            u.endContent(preserve ? text.raw() : InlineText.dropLayout(text.raw()));
            return;
          }
          char kind = open.charAt(open.length() - 1);
          open.setLength(open.length() - 1);
          if (kind == 'p') {
            text.pcClose();
            u.pcEnd();
          }
        }
        default -> { }
      }
      if (text.length() > in.limits().maxSegmentChars()) throw in.tooLong();
    }
  }

  private void empty(Unit20 u, char kind, InlineText text) throws XMLStreamException {
    u.code(kind, this);
    switch (kind) {
      case 'h' -> {
        int n = text.ph(in.attr("id"));
        if ("xlf:lb".equals(in.attr("subType"))) text.lineBreak(n);
      }
      case 's' -> {
        String id = in.attr("id");
        text.open(id, "yes".equals(in.attr("isolated")) ? null : id);
      }
      case 'e' -> {
        if ("yes".equals(in.attr("isolated"))) text.close(in.attr("id"), null);
        else text.close(in.attr("startRef"), in.attr("startRef"));
      }
      default -> { }
    }
    emptyElement(r.getLocalName());
  }

  private void emptyElement(String name) throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == END_ELEMENT) return;
      if (event == START_ELEMENT || (event == CHARACTERS || event == CDATA) && !r.isWhiteSpace()) {
        throw in.refuse("<%s> must be empty; move its content out", name);
      }
    }
  }

  /** The code point of the current {@code <cp>}: only characters XML cannot hold (XLIFF 2.1 §4.3.1.3). */
  private int codePoint() {
    attributes("cp", new String[] {"hex"}, Foreign.NONE);
    String hex = required("cp", "hex");
    int cp;
    try {
      if (hex.length() % 2 != 0 || hex.length() > 8) throw new NumberFormatException();
      cp = Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      throw in.refuse("<cp hex=\"%s\"> is not a hexadecimal code point; write e.g. hex=\"0001\"", hex);
    }
    boolean xmlChar = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    if (xmlChar || cp > 0x10FFFF) {
      throw in.refuse("<cp hex=\"%s\"> codes a character XML can hold; write the character itself", hex);
    }
    return cp;
  }

  // ---- attribute checks, shared with Unit20 ----

  /** Refuses attributes the element does not take (XLIFF 2.1 core schema and §4.9.3 on extensibility). */
  void attributes(String element, String[] allowed, Foreign foreign) {
    XMLStreamReader reader = r;
    for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
      String attrNs = reader.getAttributeNamespace(i);
      String name = reader.getAttributeLocalName(i);
      if (attrNs == null || attrNs.isEmpty()) {
        if (!contains(allowed, name)) {
          throw in.refuse("<%s> does not take the attribute %s; remove it", element, name);
        }
      } else if (attrNs.equals(XmlInput.XML)) {
        if (foreign == Foreign.NONE && !(name.equals("space") && element.equals("data"))) {
          throw in.refuse("<%s> does not take xml:%s; remove it", element, name);
        }
        if (foreign == Foreign.MODULES && !name.equals("lang") && !name.equals("space")) {
          throw in.refuse("<%s> does not take xml:%s; remove it", element, name);
        }
      } else if (attrNs.startsWith(MODULES)) {
        if (foreign == Foreign.NONE) {
          throw in.refuse("<%s> does not take the attribute %s; remove it", element, attrName(i));
        }
        if (attrNs.equals(FS)) formatStyle(element, name, reader.getAttributeValue(i));
      } else if (foreign != Foreign.ANY) {
        throw in.refuse("<%s> does not take the extension attribute %s; XLIFF 2 allows extension attributes only on"
            + " xliff, file, group, unit, note, mrk and sm", element, attrName(i));
      }
    }
  }

  private String attrName(int i) {
    String prefix = r.getAttributePrefix(i);
    return prefix == null || prefix.isEmpty() ? r.getAttributeLocalName(i) : prefix + ":" + r.getAttributeLocalName(i);
  }

  /** Format Style module (XLIFF 2.1 §5.3): fs:fs holds an HTML element name, fs:subFs goes with it. */
  private void formatStyle(String element, String name, String value) {
    if (!name.equals("fs") && !name.equals("subFs")) {
      throw in.refuse("fs:%s is not a Format Style attribute; use fs:fs or fs:subFs", name);
    }
    if (name.equals("fs") && !HtmlElements.NAMES.contains(value)) {
      throw in.refuse("fs:fs=\"%s\" is not an HTML element name; use e.g. p, b or a", value);
    }
    if (element.equals("ec") && !"yes".equals(in.attr("isolated"))) {
      throw in.refuse("fs:%s on an <ec> that is not isolated; put it on the <sc>", name);
    }
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) if (n.equals(name)) return true;
    return false;
  }

  String required(String element, String attribute) {
    String value = in.attr(attribute);
    if (value == null) throw in.refuse("<%s> without %s; XLIFF 2 requires it", element, attribute);
    return value;
  }

  void yesNo(String attribute, String value) {
    if (value != null && !value.equals("yes") && !value.equals("no")) {
      throw in.refuse("%s=\"%s\"; use yes or no", attribute, value);
    }
  }

  void dir(String attribute, String value) {
    if (value != null && !value.equals("ltr") && !value.equals("rtl") && !value.equals("auto")) {
      throw in.refuse("%s=\"%s\"; use ltr, rtl or auto", attribute, value);
    }
  }

  void space(String value) {
    if (!value.equals("default") && !value.equals("preserve")) {
      throw in.refuse("xml:space=\"%s\"; use default or preserve", value);
    }
  }

  /** A value of the form prefix:value (XLIFF 2.1 §4.3.1.34 and others). */
  void userDefined(String attribute, String value) {
    int colon = value.indexOf(':');
    boolean ok = colon > 0 && colon < value.length() - 1 && value.indexOf(':', colon + 1) < 0;
    for (int i = 0; ok && i < value.length(); i++) if (Character.isWhitespace(value.charAt(i))) ok = false;
    if (!ok) throw in.refuse("%s=\"%s\"; it must have the form prefix:value", attribute, value);
  }

  /** An xs:language / BCP 47 shaped tag. */
  void language(String attribute, String value) {
    // BCP 47 well-formedness: a primary subtag of 2 to 8 letters, or a private-use/grandfathered i- or x- tag.
    if (!value.matches("([a-zA-Z]{2,8}|[iIxX](-[a-zA-Z0-9]{1,8})+)(-[a-zA-Z0-9]{1,8})*")) {
      throw in.refuse("%s=\"%s\" is not a language tag; use a BCP 47 tag such as en or de-CH", attribute, value);
    }
  }

  void nmtoken(String attribute, String value) {
    if (!isNmtoken(value)) {
      throw in.refuse("%s=\"%s\" is not a valid XML name token (letters, digits, . - _ :); rename it", attribute, value);
    }
  }

  static boolean isNmtoken(String value) {
    if (value.isEmpty()) return false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
          || c == '_' || c == ':' || c == 0xB7 || c >= 0xC0 && c != 0xD7 && c != 0xF7 && c <= 0x37D
          || c >= 0x37F && c <= 0x1FFF || c == 0x200C || c == 0x200D || c == 0x203F || c == 0x2040
          || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
          || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || Character.isSurrogate(c);
      if (!ok) return false;
    }
    return true;
  }

  XmlInput input() {
    return in;
  }
}
