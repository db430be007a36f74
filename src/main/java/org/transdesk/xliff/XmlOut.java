package org.transdesk.xliff;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * A Woodstox stream writer with what both XLIFF writers need on top: line breaks and indentation
 * between structural elements (never inside source or target), and text that stays valid XML 1.0
 * whatever characters a segment holds.
 */
final class XmlOut {
  private static final WstxOutputFactory FACTORY = factory();
  private static final char[] INDENT = ("\n" + "  ".repeat(11)).toCharArray();

  private final XMLStreamWriter2 xml;
  private final StringBuilder tag = new StringBuilder(256);
  private char[] tagChars = new char[256];

  XmlOut(OutputStream out) {
    try {
      xml = (XMLStreamWriter2) FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  private static WstxOutputFactory factory() {
    WstxOutputFactory factory = new WstxOutputFactory();
    factory.setProperty(XMLOutputFactory2.IS_REPAIRING_NAMESPACES, false);
    factory.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, false);
    factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    factory.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, true);
    factory.setProperty(WstxOutputProperties.P_ADD_SPACE_AFTER_EMPTY_ELEM, false);
    // The writers emit a fixed structure with fixed names (the schema tests prove it); Woodstox's
    // own checks of every name, attribute and nesting only cost time on each unit.
    factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, false);
    factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, false);
    factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_ATTR, false);
    factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_NAMES, false);
    return factory;
  }

  /** A line break and {@code depth} levels of indentation. */
  XmlOut line(int depth) {
    try {
      xml.writeCharacters(INDENT, 0, 1 + 2 * Math.min(depth, 11));
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  /**
   * Starts a start tag that is written in one piece by {@link #closeTag}: the tags of every unit
   * are export's hot path, and going through the stream writer element by element costs more than
   * the text. Elements opened this way are closed with {@link #endTag}, never {@link #end}.
   */
  XmlOut openTag(int depth, String name) {
    tag.setLength(0);
    tag.append(INDENT, 0, 1 + 2 * Math.min(depth, 11)).append('<').append(name);
    return this;
  }

  /** An attribute of the tag being built, escaped as the stream writer would. */
  XmlOut tagAttribute(String name, String value) {
    tag.append(' ').append(name).append("=\"");
    int plain = plainPrefix(value);
    // Ids, fingerprints, numbers: nothing to escape, so one append (a 64-character fingerprint per unit).
    tag.append(value, 0, plain);
    for (int i = plain; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> tag.append("&amp;");
        case '<' -> tag.append("&lt;");
        case '"' -> tag.append("&quot;");
        case '\n' -> tag.append("&#10;");
        case '\r' -> tag.append("&#13;");
        case '\t' -> tag.append("&#9;");
        default -> tag.append(isXmlChar(value, i) ? c : '\uFFFD');
      }
    }
    tag.append('"');
    return this;
  }

  /** How many leading characters of an attribute value need no escaping and are XML characters below the surrogates. */
  private static int plainPrefix(String value) {
    int i = 0;
    for (int n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '&' || c == '<' || c == '"' || c >= 0xD800) break;
    }
    return i;
  }

  /** Writes the tag built since {@link #openTag}, closed with {@code >}. */
  void closeTag() {
    tag.append('>');
    raw();
  }

  /** An end tag for an element opened with {@link #openTag}, on a new line at {@code depth} or, with -1, right here. */
  void endTag(int depth, String name) {
    tag.setLength(0);
    if (depth >= 0) tag.append(INDENT, 0, 1 + 2 * Math.min(depth, 11));
    tag.append("</").append(name).append('>');
    raw();
  }

  private void raw() {
    int length = tag.length();
    if (tagChars.length < length) tagChars = new char[Math.max(length, 2 * tagChars.length)];
    tag.getChars(0, length, tagChars, 0);
    try {
      xml.writeRaw(tagChars, 0, length);
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut start(String name) {
    try {
      xml.writeStartElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut start(String prefix, String name, String namespace) {
    try {
      xml.writeStartElement(prefix, name, namespace);
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut empty(String name) {
    try {
      xml.writeEmptyElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut defaultNamespace(String namespace) {
    try {
      xml.writeDefaultNamespace(namespace);
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut namespace(String prefix, String namespace) {
    try {
      xml.writeNamespace(prefix, namespace);
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut attribute(String name, String value) {
    try {
      xml.writeAttribute(name, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  /** An attribute whose value is known to hold only XML characters (numbers, hashes, fixed words). */
  XmlOut plainAttribute(String name, String value) {
    try {
      xml.writeAttribute(name, value);
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut attribute(String prefix, String namespace, String name, String value) {
    try {
      xml.writeAttribute(prefix, namespace, name, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  XmlOut end() {
    try {
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  /** Text where no element may appear (attributes, notes): characters XML cannot carry become U+FFFD. */
  XmlOut text(String text) {
    try {
      xml.writeCharacters(clean(text));
      return this;
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  /**
   * Text in inline content. Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE,
   * lone surrogates) become {@code <cp hex="…"/>} where the format has it (XLIFF 2.0, section
   * 4.3.1.1), else U+FFFD.
   */
  void text(char[] chars, int start, int length, String codePointElement) {
    try {
      int end = start + length;
      int run = start;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c < 0xFFFE) continue;
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i++;
          continue;
        }
        if (i > run) xml.writeCharacters(chars, run, i - run);
        if (codePointElement != null) {
          xml.writeEmptyElement(codePointElement);
          xml.writeAttribute("hex", String.format(java.util.Locale.ROOT, "%04X", (int) c));
        } else {
          xml.writeCharacters("\uFFFD");
        }
        run = i + 1;
      }
      if (end > run) xml.writeCharacters(chars, run, end - run);
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  void finish() {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new XliffWriteException(e);
    }
  }

  /** The text with every character XML 1.0 cannot carry replaced by U+FFFD. */
  static String clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isXmlChar(text, i)) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
          char c = text.charAt(j);
          if (isXmlChar(text, j)) {
            cleaned.append(c);
            if (Character.isHighSurrogate(c)) cleaned.append(text.charAt(++j));
          } else {
            cleaned.append('\uFFFD');
          }
        }
        return cleaned.toString();
      }
      if (Character.isHighSurrogate(text.charAt(i))) i++;
    }
    return text;
  }

  private static boolean isXmlChar(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c < 0xFFFE) return true;
    return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
