package org.transdesk.xliff;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * A hardened StAX cursor over one XLIFF file: no DTD, no entity beyond the five predefined ones,
 * bounded depth and text, and every refusal as one line naming the file and line.
 */
final class XmlInput {
  static final String TD = "urn:transdesk:xliff:1";
  static final String XML = "http://www.w3.org/XML/1998/namespace";

  private final XMLStreamReader reader;
  private final String file;
  private final ReadLimits limits;
  private int depth;
  private int events;
  private int attrEvent = -1;
  private int attrCount;
  private long attrMask;
  private String[] attrNames = new String[16];
  private String[] attrNamespaces = new String[16];
  private String[] attrValues = new String[16];

  XmlInput(String file, InputStream in, ReadLimits limits) throws XMLStreamException {
    this.file = file;
    this.limits = limits;
    this.reader = factory(limits).createXMLStreamReader(file, in);
  }

  private static XMLInputFactory factory(ReadLimits limits) {
    // Woodstox explicitly, not whatever StAX implementation the class path offers first.
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    // Parse each token whole in next(): lazily, a file cut short inside text or CDATA fails later in
    // getText() with an unchecked WstxLazyException instead of an XMLStreamException (found by fuzzing).
    f.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource " + systemId + " refused");
    });
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 512);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 1 << 20);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 16 << 20);
    // One level more than our own check, which gives the clearer message.
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth() == Integer.MAX_VALUE
        ? Integer.MAX_VALUE : limits.maxDepth() + 1);
    return f;
  }

  String file() {
    return file;
  }

  ReadLimits limits() {
    return limits;
  }

  /** Advances to the next event; refuses a DOCTYPE and nesting deeper than the limit. */
  int next() throws XMLStreamException {
    int event = reader.next();
    events++;
    if (event == XMLStreamConstants.START_ELEMENT) {
      if (++depth > limits.maxDepth()) {
        throw refuse("elements nested deeper than %d levels; this is not a translation file a tool would write",
            limits.maxDepth());
      }
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    } else if (event == XMLStreamConstants.DTD) {
      throw refuse("the file has a DOCTYPE declaration, which XLIFF files never need and transdesk refuses"
          + " (entity and DTD attacks); remove the <!DOCTYPE …> line and try again");
    }
    return event;
  }

  /** Moves to the root element, refusing a DOCTYPE or content before it. */
  void toRoot() throws XMLStreamException {
    int event = reader.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.DTD) next(); // throws
      if (event == XMLStreamConstants.END_DOCUMENT) throw refuse("the file holds no XML element; send an XLIFF file");
      event = next();
    }
    if (depth == 0) depth = 1;
  }

  XMLStreamReader reader() {
    return reader;
  }

  int depth() {
    return depth;
  }

  int line() {
    Location location = reader.getLocation();
    return location == null ? 0 : Math.max(location.getLineNumber(), 0);
  }

  String localName() {
    return reader.getLocalName();
  }

  String namespace() {
    String ns = reader.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /** The value of the attribute in no namespace with this local name, or null. */
  String attr(String localName) {
    return attr("", localName);
  }

  /** The value of the attribute in this namespace ("" for none) with this local name, or null. */
  String attr(String namespace, String localName) {
    if (attrEvent != events) loadAttributes();
    // Most look-ups are for attributes the element does not have: a 64-bit filter of the names answers them.
    if ((attrMask & (1L << (localName.hashCode() & 63))) == 0) return null;
    String[] names = attrNames;
    for (int i = 0; i < attrCount; i++) {
      if (localName.equals(names[i]) && namespace.equals(attrNamespaces[i])) return attrValues[i];
    }
    return null;
  }

  /** Copies the current element's attributes once, since readers ask for several of them. */
  private void loadAttributes() {
    attrEvent = events;
    XMLStreamReader r = reader;
    int n = r.getEventType() == XMLStreamConstants.START_ELEMENT ? r.getAttributeCount() : 0;
    if (n > attrNames.length) {
      attrNames = new String[n];
      attrNamespaces = new String[n];
      attrValues = new String[n];
    }
    long mask = 0;
    for (int i = 0; i < n; i++) {
      attrNames[i] = r.getAttributeLocalName(i);
      mask |= 1L << (attrNames[i].hashCode() & 63);
      String ns = r.getAttributeNamespace(i);
      attrNamespaces[i] = ns == null ? "" : ns;
      attrValues[i] = r.getAttributeValue(i);
    }
    attrCount = n;
    attrMask = mask;
  }

  /** Skips the current element and everything inside it; ends on its END_ELEMENT. */
  void skipElement() throws XMLStreamException {
    int level = 1;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) level++;
      else if (event == XMLStreamConstants.END_ELEMENT) level--;
    }
  }

  /** The text content of the current element, which must hold no child elements but foreign ones. */
  String elementText() throws XMLStreamException {
    String element = reader.getLocalName();
    StringBuilder text = new StringBuilder();
    int level = 1;
    while (level > 0) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> level++;
        case XMLStreamConstants.END_ELEMENT -> level--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          if (text.length() > limits.maxSegmentChars()) throw tooLong(element);
        }
        default -> { }
      }
    }
    return text.toString();
  }

  /** The refusal of a source or target over --max-segment-length. */
  DeskException tooLong() {
    return refuse("text longer than %d characters, over the limit; raise it with --max-segment-length or split the unit",
        limits.maxSegmentChars());
  }

  /** The refusal of another element's text (a note) over the same limit, named so the user looks in the right place. */
  DeskException tooLong(String element) {
    return refuse("a <%s> longer than %d characters, over the limit; shorten it or raise the limit with --max-segment-length",
        element, limits.maxSegmentChars());
  }

  /** A refusal at the current line: {@code file:line: what; what to do}. */
  DeskException refuse(String format, Object... args) {
    return refuseAt(line(), format, args);
  }

  DeskException refuseAt(int line, String format, Object... args) {
    String what = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
    return new DeskException(ExitCode.REJECTED, "%s:%d: %s", DeskException.oneLine(file), line, DeskException.oneLine(what));
  }

  void close() {
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // Closing a reader over a stream we close ourselves cannot lose data.
    }
  }
}
