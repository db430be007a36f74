package org.transdesk.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Strict XSD validation of exported files, offline: the OASIS XLIFF 1.2 strict schema or the 2.0
 * core schema with the Glossary module, each with transdesk.xsd for the td attributes.
 */
public final class XliffSchemas {
  private static final Schema XLIFF_12 = load("/schemas/xliff-1.2/xliff-core-1.2-strict.xsd");
  private static final Schema XLIFF_20 = load("/schemas/xliff-2.0/xliff_core_2.0.xsd", "/schemas/xliff-2.0/glossary.xsd");

  private XliffSchemas() {}

  /** The schema errors of an XLIFF file of the given version, each as "line:column: message"; empty when valid. */
  public static List<String> errors(String version, Path file) {
    Validator validator = (version.equals("1.2") ? XLIFF_12 : XLIFF_20).newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      @Override public void warning(SAXParseException e) { errors.add(describe(e)); }

      @Override public void error(SAXParseException e) { errors.add(describe(e)); }

      @Override public void fatalError(SAXParseException e) { errors.add(describe(e)); }
    });
    try {
      validator.validate(new StreamSource(file.toFile()));
    } catch (SAXException e) {
      if (errors.isEmpty()) errors.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }

  private static Schema load(String... resources) {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      // The 1.2 schema imports xml.xsd by its W3C URL; the test resources hold a copy.
      factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
        if (systemId == null || !systemId.startsWith("http")) return null;
        if (!systemId.endsWith("/xml.xsd")) throw new IllegalStateException("schema wants the network: " + systemId);
        return input(XliffSchemas.class.getResource("/schemas/xliff-1.2/xml.xsd"));
      });
      List<Source> sources = new ArrayList<>();
      for (String resource : resources) sources.add(new StreamSource(XliffSchemas.class.getResource(resource).toExternalForm()));
      sources.add(new StreamSource(Xliff12Writer.class.getResource(TdNamespace.SCHEMA_RESOURCE).toExternalForm()));
      return factory.newSchema(sources.toArray(Source[]::new));
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load " + String.join(", ", resources) + ": " + e.getMessage(), e);
    }
  }

  private static LSInput input(URL url) {
    return new LSInput() {
      @Override public java.io.Reader getCharacterStream() { return null; }

      @Override public void setCharacterStream(java.io.Reader characterStream) {}

      @Override public InputStream getByteStream() {
        try {
          return url.openStream();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override public void setByteStream(InputStream byteStream) {}

      @Override public String getStringData() { return null; }

      @Override public void setStringData(String stringData) {}

      @Override public String getSystemId() { return url.toExternalForm(); }

      @Override public void setSystemId(String systemId) {}

      @Override public String getPublicId() { return null; }

      @Override public void setPublicId(String publicId) {}

      @Override public String getBaseURI() { return null; }

      @Override public void setBaseURI(String baseURI) {}

      @Override public String getEncoding() { return null; }

      @Override public void setEncoding(String encoding) {}

      @Override public boolean getCertifiedText() { return false; }

      @Override public void setCertifiedText(boolean certifiedText) {}
    };
  }
}
