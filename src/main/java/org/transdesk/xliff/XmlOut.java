package org.transdesk.xliff;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLOutputFactory2;

/**
 * A Woodstox stream writer with what both XLIFF writers need on top: line breaks and indentation
 * between structural elements (never inside source or target), and text that stays valid XML 1.0
 * whatever characters a segment holds.
 */
final class XmlOut {
  private static final WstxOutputFactory FACTORY = factory();
  private static final String[] INDENTS = new String[12];

  static {
    for (int i = 0; i < INDENTS.length; i++) INDENTS[i] = "\n" + "  ".repeat(i);
  }

  private final XMLStreamWriter xml;

  XmlOut(OutputStream out) {
    try {
      xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
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
    return factory;
  }

  /** A line break and {@code depth} levels of indentation. */
  XmlOut line(int depth) {
    try {
      xml.writeCharacters(INDENTS[Math.min(depth, INDENTS.length - 1)]);
      return this;
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
