package org.transdesk.xliff;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.2 (and the 1.0/1.1 vocabulary, with the 1.1 namespace or none, as Translate
 * Toolkit and old tools write it). Skips {@code alt-trans}, {@code bin-unit} and every element of
 * another namespace; Trados {@code mrk mtype="seg"} segments are joined, and {@code seg-source} is
 * read only to tell which segments of a unit translated in part have a target.
 */
final class Xliff12Reader {
  static final String SDL = "http://sdl.com/FileTypes/SdlXliff/1.0";
  static final String MEMOQ = "MQXliff";

  private final XmlInput in;
  private final XMLStreamReader r;
  private final XliffHandler handler;
  private final String ns;
  private final InlineText inline;
  private final IdSet unitIds = new IdSet();
  private int files;
  private int units;
  /** The Trados segments of the text {@link #content} read last, by mid; null when it had none or did not look. */
  private Map<String, String> segments;
  private String firstSource;
  private String firstTarget;

  Xliff12Reader(XmlInput in, XliffHandler handler, String ns) {
    this.in = in;
    this.r = in.reader();
    this.handler = handler;
    this.ns = ns;
    this.inline = new InlineText(in.limits().maxSegmentChars());
  }

  XliffHeader read() throws XMLStreamException {
    boolean preserve = preserve(false);
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isXliff("file")) file(preserve);
        else in.skipElement();
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    while (in.next() != END_DOCUMENT) {
      // Comments and processing instructions may follow the root; anything else is a parse error.
    }
    if (files == 0) throw in.refuse("no <file> element; an XLIFF 1.2 document holds at least one");
    return new XliffHeader("1.2", firstSource, firstTarget, files, units);
  }

  private boolean isXliff(String localName) {
    return localName.equals(r.getLocalName()) && isXliffNamespace(in.namespace());
  }

  /**
   * The root's namespace, or another XLIFF 1.x one: Translate Toolkit's pofilter writes XLIFF 1.2
   * units (prefixed, in the 1.2 namespace) inside an XLIFF 1.1 root, and they are the translator's work.
   */
  private boolean isXliffNamespace(String namespace) {
    return ns.equals(namespace) || XLIFF_1X.contains(namespace);
  }

  private static final java.util.Set<String> XLIFF_1X = java.util.Set.of(
      "urn:oasis:names:tc:xliff:document:1.1", "urn:oasis:names:tc:xliff:document:1.2");

  /** Whether the current element keeps whitespace as written (xml:space, inherited). */
  private boolean preserve(boolean inherited) {
    String space = in.attr(XmlInput.XML, "space");
    return space == null ? inherited : space.equals("preserve");
  }

  private void file(boolean outerPreserve) throws XMLStreamException {
    boolean preserve = preserve(outerPreserve);
    int line = in.line();
    String original = in.attr("original");
    String sourceLang = in.attr("source-language");
    String targetLang = in.attr("target-language");
    String exportId = in.attr(XmlInput.TD, "export");
    String documentVersion = in.attr(XmlInput.TD, "version");
    String tool = in.attr("tool-id");
    if (tool == null) tool = in.attr("tool");
    if (files++ == 0) {
      firstSource = sourceLang;
      firstTarget = targetLang;
    }
    unitIds.clear();
    String[] header = {tool, null};
    XliffFile file = null;
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isXliff("header") && file == null) {
          header(header);
        } else if (isXliff("body") && file == null) {
          file = new XliffFile("1.2", original, sourceLang, targetLang, exportId, documentVersion, header[0],
              header[1], line);
          handler.file(file);
          body(file, true, preserve(preserve));
        } else {
          in.skipElement();
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (file == null) {
      throw in.refuseAt(line, "<file> without <body>; XLIFF 1.2 requires one, even when empty");
    }
  }

  /** Reads tool and translator names from the header: {tool, translator}. */
  private void header(String[] found) throws XMLStreamException {
    int level = 1;
    while (level > 0) {
      int event = in.next();
      if (event == START_ELEMENT) {
        level++;
        if (isXliff("tool")) {
          String name = in.attr("tool-name");
          if (name == null) name = in.attr("tool-id");
          if (name != null) found[0] = name;
        } else if (isXliff("phase")) {
          String contact = in.attr("contact-name");
          if (contact != null) found[1] = contact;
        }
      } else if (event == END_ELEMENT) {
        level--;
      }
    }
  }

  /** Body or group content; groups nest and pass translate="no" down. */
  private void body(XliffFile file, boolean translatable, boolean preserve) throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isXliff("trans-unit")) {
          unit(file, translatable, preserve);
        } else if (isXliff("group")) {
          body(file, translate(translatable), preserve(preserve));
        } else {
          in.skipElement();
        }
      } else if (event == END_ELEMENT) {
        return;
      }
    }
  }

  private boolean translate(boolean inherited) {
    String value = in.attr("translate");
    return value == null ? inherited : !value.equals("no");
  }

  private void unit(XliffFile file, boolean inherited, boolean outerPreserve) throws XMLStreamException {
    boolean preserve = preserve(outerPreserve);
    int line = in.line();
    String id = in.attr("id");
    if (id == null || id.isEmpty()) {
      throw in.refuse("<trans-unit> without id; every unit needs an id unique within its <file>");
    }
    if (!unitIds.add(id)) {
      throw in.refuse("unit id '%s' appears twice in <file original=\"%s\">; each unit must have its own id",
          id, file.original());
    }
    if (++units > in.limits().maxUnits()) {
      throw in.refuse("more than %d units, over the limit; raise it with --max-units or split the file", in.limits().maxUnits());
    }
    boolean translatable = translate(inherited);
    boolean approved = "yes".equals(in.attr("approved"));
    String fingerprint = in.attr(XmlInput.TD, "fingerprint");
    Integer rev = revision(in.attr(XmlInput.TD, "rev"));
    boolean prefill = "yes".equals(in.attr(XmlInput.TD, "prefill"));
    String toolState = memoqState(in.attr(MEMOQ, "status"));
    String source = null;
    String target = null;
    Map<String, String> sourceSegments = null;
    Map<String, String> targetSegments = null;
    String state = null;
    String qualifier = null;
    List<String> notes = List.of();
    inline.newUnit();
    while (true) {
      int event = in.next();
      if (event == START_ELEMENT) {
        if (isXliff("source")) {
          if (source != null) throw in.refuse("unit '%s' has two <source> elements; keep one", id);
          source = content(preserve(preserve));
        } else if (isXliff("target")) {
          if (target != null) throw in.refuse("unit '%s' has two <target> elements; keep one", id);
          state = in.attr("state");
          qualifier = in.attr("state-qualifier");
          target = content(preserve(preserve), true);
          targetSegments = segments;
        } else if (isXliff("seg-source") && sourceSegments == null) {
          content(preserve(preserve), true);
          sourceSegments = segments == null ? Map.of() : segments;
        } else if (isXliff("note")) {
          String from = in.attr("from");
          String text = in.elementText();
          if (!isDesksNote(from, text)) {
            if (notes.isEmpty()) notes = new ArrayList<>(2);
            notes.add(text);
          }
        } else if (SDL.equals(in.namespace()) && r.getLocalName().equals("seg-defs")) {
          toolState = sdlState();
        } else {
          in.skipElement();
        }
      } else if (event == END_ELEMENT) {
        break;
      }
    }
    if (source == null) throw in.refuseAt(line, "unit '%s' has no <source>; XLIFF 1.2 requires one", id);
    if (state == null && toolState != null && target != null) state = toolState;
    handler.unit(new XliffUnit(file, id, line, source, target, state, qualifier, null, approved, translatable,
        fingerprint, rev, prefill, notes, inline.renamedIds(), inline.lineBreaks(),
        sourceSegments == null || targetSegments == null ? null : partial(sourceSegments, targetSegments, preserve(preserve))));
  }

  /**
   * The translated segments of a unit that a tool segmented (Trados: {@code seg-source} and the
   * target as {@code mrk mtype="seg"}) when some segments have a target and others have none or an
   * empty one; null when all or none are translated, or the target is not segmented.
   */
  private XliffUnit.Partial partial(Map<String, String> sources, Map<String, String> targets, boolean preserve) {
    if (sources.size() < 2 || targets.isEmpty()) return null;
    int untranslated = 0;
    StringBuilder translatedSource = new StringBuilder();
    StringBuilder translatedTarget = new StringBuilder();
    for (Map.Entry<String, String> segment : sources.entrySet()) {
      String target = targets.get(segment.getKey());
      if (!XliffUnit.Partial.translated(segment.getValue(), target)) {
        untranslated++;
        continue;
      }
      // Segments apart in the text, joined with one space on both sides.
      if (translatedSource.length() > 0) {
        translatedSource.append(' ');
        translatedTarget.append(' ');
      }
      translatedSource.append(segment.getValue().strip());
      translatedTarget.append(target.strip());
    }
    if (untranslated == 0 || untranslated == sources.size()) return null;
    String joinedSource = inline.pair(translatedSource.toString());
    String joinedTarget = inline.pair(translatedTarget.toString());
    return new XliffUnit.Partial(untranslated, sources.size(), preserve ? joinedSource : InlineText.dropLayout(joinedSource),
        preserve ? joinedTarget : InlineText.dropLayout(joinedTarget));
  }

  private Integer revision(String value) {
    if (value == null) return null;
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw in.refuse("td:rev=\"%s\" is not a number; it is written by transdesk export, do not edit it", value);
    }
  }

  /**
   * The least advanced Trados confirmation level of the unit's segments as an XLIFF 1.2 state:
   * Draft and Unspecified → needs-translation, Translated → translated, ApprovedTranslation →
   * signed-off, ApprovedSignOff → final, Rejected… → needs-review-translation.
   */
  private String sdlState() throws XMLStreamException {
    int rank = Integer.MAX_VALUE;
    int level = 1;
    while (level > 0) {
      int event = in.next();
      if (event == START_ELEMENT) {
        level++;
        if (r.getLocalName().equals("seg")) {
          String conf = in.attr("conf");
          int segment = switch (conf == null ? "" : conf) {
            case "Translated" -> 2;
            case "ApprovedTranslation" -> 3;
            case "ApprovedSignOff" -> 4;
            case "RejectedTranslation", "RejectedSignOff" -> 1;
            default -> 0;
          };
          rank = Math.min(rank, segment);
        }
      } else if (event == END_ELEMENT) {
        level--;
      }
    }
    return switch (rank) {
      case 0 -> "needs-translation";
      case 1 -> "needs-review-translation";
      case 2 -> "translated";
      case 3 -> "signed-off";
      case 4 -> "final";
      default -> null;
    };
  }

  /**
   * memoQ's {@code mq:status} as an XLIFF 1.2 state, for targets without one: ManuallyConfirmed →
   * translated, Proofread and Reviewer1Confirmed → signed-off, Reviewer2Confirmed → final, Rejected →
   * needs-review-translation, anything else (NotStarted, Pretranslated, PartiallyEdited, …) →
   * needs-translation.
   */
  private static String memoqState(String status) {
    if (status == null) return null;
    return switch (status) {
      case "ManuallyConfirmed" -> "translated";
      case "Proofread", "Reviewer1Confirmed" -> "signed-off";
      case "Reviewer2Confirmed" -> "final";
      case "Rejected" -> "needs-review-translation";
      default -> "needs-translation";
    };
  }

  /** The neutral form of a source or target; the reader ends on its END_ELEMENT. */
  private String content(boolean preserve) throws XMLStreamException {
    return content(preserve, false);
  }

  /**
   * The neutral form of a source or target; the reader ends on its END_ELEMENT.
   *
   * @param collect whether to keep the text (neutral, codes unpaired) of each Trados segment
   *     ({@code mrk mtype="seg"}) by its {@code mid} in {@link #segments}, which stays null when the
   *     text has none
   */
  private String content(boolean preserve, boolean collect) throws XMLStreamException {
    segments = null;
    InlineText text = inline;
    text.start();
    int level = 1;
    int segmentLevel = 0; // the level inside the open segment mrk, 0 outside one
    int segmentStart = 0;
    String segmentId = null;
    while (true) {
      int event = in.next();
      switch (event) {
        case CHARACTERS, CDATA, SPACE -> {
          if (!text.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength())) throw in.tooLong();
        }
        case START_ELEMENT -> {
          if (isXliffNamespace(in.namespace())) {
            if (collect && segmentLevel == 0 && isXliff("mrk") && "seg".equals(in.attr("mtype"))) {
              segmentLevel = level + 1;
              segmentStart = text.length();
              segmentId = in.attr("mid");
            }
            if (code(text)) {
              level++;
            }
          } else {
            level++; // foreign inline element: keep its text
          }
        }
        case END_ELEMENT -> {
          if (level == segmentLevel) {
            if (segmentId != null) {
              if (segments == null) segments = new LinkedHashMap<>();
              segments.putIfAbsent(segmentId, text.slice(segmentStart, text.length()));
            }
            segmentLevel = 0;
          }
          if (--level == 0) return preserve ? text.finish() : InlineText.dropLayout(text.finish());
          if (isXliff("g")) text.pcClose();
        }
        default -> { }
      }
      if (text.length() > in.limits().maxSegmentChars()) throw in.tooLong();
    }
  }

  /**
   * Handles an inline element of the XLIFF namespace. Returns true when the reader is now inside it
   * (g, mrk, unknown), false when the element was consumed whole (codes and their native data).
   */
  private boolean code(InlineText text) throws XMLStreamException {
    String name = r.getLocalName();
    switch (name) {
      case "g" -> {
        text.pcOpen(in.attr("id"));
        return true;
      }
      case "x", "ph" -> {
        int n = text.ph(in.attr("id"));
        if ("lb".equals(in.attr("ctype"))) text.lineBreak(n);
      }
      case "bx", "bpt" -> {
        String id = in.attr("id");
        String rid = in.attr("rid");
        text.open(id, name.charAt(1) + (rid != null ? rid : String.valueOf(id)));
      }
      case "ex", "ept" -> {
        String id = in.attr("id");
        String rid = in.attr("rid");
        text.close(id, (name.equals("ex") ? 'x' : 'p') + (rid != null ? rid : String.valueOf(id)));
      }
      case "it" -> {
        if ("close".equals(in.attr("pos"))) text.close(in.attr("id"), null);
        else text.open(in.attr("id"), null);
      }
      default -> {
        return true; // mrk (annotation or Trados segment), sub outside a code, unknown: keep the text
      }
    }
    in.skipElement();
    return false;
  }

  /**
   * A note transdesk's export wrote, the desk's own words: its glossary hints and previous source,
   * marked from="transdesk-glossary" or "transdesk"; the previous source is known by its words too
   * when a translator's tool dropped the attribute (import knows the hints by the glossary).
   */
  static boolean isDesksNote(String from, String text) {
    if ("transdesk".equals(from) || "transdesk-glossary".equals(from)) return true;
    return text != null && text.startsWith(Xliff12Writer.PREVIOUS_SOURCE);
  }
}
