package org.transdesk.xliff;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import com.ctc.wstx.exc.WstxLazyException;
import org.transdesk.ByteSize;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Reads an XLIFF 1.x or 2.x file as a stream (memory stays flat as files grow) and hands each
 * {@code <file>} and unit to an {@link XliffHandler}. A file that is not well-formed, not XLIFF,
 * breaks a processing rule of its spec, is hostile or exceeds the {@link ReadLimits} is refused
 * with a {@link DeskException} ({@link ExitCode#REJECTED}) whose message is one line
 * {@code file:line: what is wrong; what to do}.
 *
 * <p>The refusal can come after some units were handed over (a duplicate id near the end, a
 * truncated file): a caller that writes must do so in a transaction it rolls back on exception.
 */
public final class XliffReader {
  static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
  static final String NS_11 = "urn:oasis:names:tc:xliff:document:1.1";
  static final String NS_10 = "urn:oasis:names:tc:xliff:document:1.0";
  static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
  static final String NS_22 = "urn:oasis:names:tc:xliff:document:2.2";
  private static final Pattern UNDECLARED_PREFIX = Pattern.compile("Undeclared namespace prefix \"([^\"]+)\"");
  /** Woodstox's words for one of its size and depth limits ({@link XmlInput}). */
  private static final Pattern PARSER_LIMIT = Pattern.compile("^(Maximum .*|Attribute) limit \\(\\d+\\)|^Maximum (attribute size|document characters|entity expansion)");
  /** Woodstox's words for an XML declaration naming an encoding Java has no decoder for. */
  private static final Pattern UNSUPPORTED_ENCODING = Pattern.compile("Unsupported encoding: ?(.*)");

  private final Path file;
  private final ReadLimits limits;

  private XliffReader(Path file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** Checks that the file exists, is readable, not empty and within the size limit. */
  public static XliffReader open(Path file, ReadLimits limits) {
    String name = DeskException.oneLine(file.toString());
    if (!Files.exists(file)) {
      throw new DeskException(ExitCode.REJECTED, "%s: no such file; check the path", name);
    }
    if (Files.isDirectory(file)) {
      throw new DeskException(ExitCode.REJECTED, "%s:0: is a folder, not an XLIFF file; name the files in it", name);
    }
    if (!Files.isReadable(file)) {
      throw new DeskException(ExitCode.REJECTED, "%s:0: cannot be read (permission denied); check its permissions", name);
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s:0: cannot be read (%s); check the file", name, DeskException.oneLine(String.valueOf(e.getMessage())));
    }
    if (size == 0) {
      throw new DeskException(ExitCode.REJECTED, "%s:0: the file is empty (0 bytes); send the XLIFF file again", name);
    }
    if (size > limits.maxBytes()) {
      throw tooLarge(file, limits);
    }
    return new XliffReader(file, limits);
  }

  /** Reads the whole file, calling the handler in document order. */
  public XliffHeader read(XliffHandler handler) {
    String name = DeskException.oneLine(file.toString());
    int[] lastLine = {0};
    String[] encoding = {null};
    try (InputStream in = new Bounded(Files.newInputStream(file), limits.maxBytes())) {
      XmlInput xml = new XmlInput(name, in, limits);
      try {
        refuseMislabelledUtf8(name, xml.reader().getCharacterEncodingScheme());
        xml.toRoot();
        return dispatch(xml, handler);
      } catch (WstxLazyException e) {
        // Woodstox reports some errors (a bad character reference) lazily, as a runtime exception.
        throw e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage());
      } catch (XMLStreamException | RuntimeException e) {
        lastLine[0] = xml.line();
        encoding[0] = xml.reader().getEncoding();
        throw e;
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw malformed(name, e, lastLine[0], encoding[0]);
    } catch (NoSuchFileException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: no such file; check the path", name);
    } catch (AccessDeniedException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s:0: cannot be read (permission denied); check its permissions", name);
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
  }

  private XliffHeader dispatch(XmlInput xml, XliffHandler handler) throws XMLStreamException {
    String root = xml.localName();
    String ns = xml.namespace();
    if (!root.equals("xliff")) {
      throw xml.refuse("the root element is <%s>, not <xliff>; this is not an XLIFF file", root);
    }
    String version = xml.attr("version");
    if (ns.equals(NS_20) || ns.equals(NS_22)) {
      return new Xliff20Reader(xml, handler, ns).read();
    }
    if (ns.equals(NS_12) || ns.equals(NS_11) || ns.equals(NS_10) || ns.isEmpty()) {
      if (version != null && !version.strip().startsWith("1.")) {
        throw xml.refuse("XLIFF version '%s' in an XLIFF 1 namespace; an XLIFF %s file needs the namespace %s",
            version, version, version.startsWith("2.2") ? NS_22 : NS_20);
      }
      return new Xliff12Reader(xml, handler, ns).read();
    }
    throw xml.refuse("unknown XLIFF namespace '%s'; transdesk reads XLIFF 1.2 (%s) and 2.x (%s, %s)",
        ns, NS_12, NS_20, NS_22);
  }

  /** Refuses a file whose declaration names a single-byte encoding while its text is UTF-8 ({@link MislabelledUtf8}). */
  private void refuseMislabelledUtf8(String name, String declared) {
    if (!MislabelledUtf8.isSingleByte(declared)) return;
    MislabelledUtf8 mislabelled = MislabelledUtf8.find(file);
    if (mislabelled == null) return;
    throw new DeskException(ExitCode.REJECTED, "%s:%d: the XML declaration says %s, but the text is UTF-8 ('%s' is written in"
        + " UTF-8 bytes): the tool that saved the file declared the wrong encoding; change the declaration to encoding=\"UTF-8\"",
        name, mislabelled.line(), DeskException.oneLine(declared.strip()), mislabelled.example());
  }

  /** Refuses the XML error with the parser's own words and location. */
  private DeskException malformed(String name, XMLStreamException e, int lastLine, String encoding) {
    Throwable io = ioCause(e);
    if (io instanceof TooLarge) return tooLarge(file, limits);
    if (io instanceof CharConversionException || io instanceof java.nio.charset.CharacterCodingException) {
      return encodingError(name, Math.max(line(e), lastLine), encoding, io);
    }
    if (io != null && !(io instanceof XMLStreamException)) return ioFailure(name, (IOException) io);
    String what = firstLine(e.getMessage());
    Matcher unsupported = UNSUPPORTED_ENCODING.matcher(what);
    if (unsupported.lookingAt()) {
      // Said in the XML declaration, which is the file's first line; the parser gives no location.
      String declared = unsupported.group(1).strip();
      return new DeskException(ExitCode.REJECTED, e, "%s:1: the XML declaration names the encoding '%s', which Java cannot"
          + " read; save the file as UTF-8 and declare encoding=\"UTF-8\"", name,
          declared.length() <= 40 ? declared : declared.substring(0, 40) + "…");
    }
    if (PARSER_LIMIT.matcher(what).find()) {
      // A limit against hostile files (an attribute of a megabyte, elements nested thousands deep): the parser
      // stops inside the construct and gives no location, so the line is the last one it reached.
      return new DeskException(ExitCode.REJECTED, e, "%s:%d: %s, a limit transdesk sets against hostile files; no translation"
          + " tool writes such a file: have it checked", name, Math.max(line(e), lastLine), what);
    }
    if (what.startsWith("Declared encoding '")) {
      // A UTF-16 file declaring UTF-8 (Notepad's "Unicode" over a UTF-8 export) or the reverse: whole, but mislabelled.
      return new DeskException(ExitCode.REJECTED, e, "%s:1: the XML declaration names another encoding than the file is"
          + " written in (%s); save the file again as UTF-8 with encoding=\"UTF-8\", or correct encoding= in its first line",
          name, what);
    }
    Matcher prefix = UNDECLARED_PREFIX.matcher(what);
    if (prefix.lookingAt()) {
      // The file is whole, as the tool wrote it (MateCat's iws:, Memsource's memsource:): getting it again changes nothing.
      return new DeskException(ExitCode.REJECTED, e,
          "%s:%d: not well-formed XML (%s); the tool that wrote it uses the prefix '%s' without declaring it: add"
              + " xmlns:%s=\"…\" to the root element, or have the tool fixed",
          name, line(e), what, prefix.group(1), prefix.group(1));
    }
    return new DeskException(ExitCode.REJECTED, e,
        "%s:%d: not well-formed XML (%s); the file is damaged or cut short: get it again from the translation tool",
        name, line(e), what);
  }

  private static Throwable ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) return t;
      if (t.getCause() == t) break;
    }
    if (e instanceof XMLStreamException x && x.getNestedException() instanceof IOException io) return io;
    return null;
  }

  private DeskException ioFailure(String name, IOException e) {
    if (e instanceof TooLarge) return tooLarge(file, limits);
    if (e instanceof CharConversionException) return encodingError(name, 0, null, e);
    return new DeskException(ExitCode.FAILURE, e, "%s:0: cannot be read (%s); check the disk and try again", name,
        firstLine(e.getMessage()));
  }

  private DeskException encodingError(String name, int line, String encoding, Throwable e) {
    String charset = encoding == null ? "UTF-8" : encoding.toUpperCase(java.util.Locale.ROOT);
    String detail = firstLine(e.getMessage());
    // The parser decodes ahead in blocks, so its line can be far before the bad byte: find the byte itself.
    BadByte bad = BadByte.find(file, charset);
    if (bad != null) {
      line = bad.line();
      detail = bad.describe();
    }
    return new DeskException(ExitCode.REJECTED, e, "%s:%d: bytes that are not valid %s (%s); the file is binary or its"
        + " XML declaration names the wrong encoding: save it as UTF-8 text", name, line, charset, detail);
  }

  private static DeskException tooLarge(Path file, ReadLimits limits) {
    String size;
    try {
      size = "is " + new ByteSize(Files.size(file));
    } catch (IOException e) {
      size = "is larger";
    }
    return new DeskException(ExitCode.REJECTED, "%s:0: file %s, over the %s limit; raise it with --max-file-size or split the file",
        file, size, new ByteSize(limits.maxBytes()));
  }

  private static int line(XMLStreamException e) {
    Location location = e.getLocation();
    return location == null ? 0 : Math.max(location.getLineNumber(), 0);
  }

  static String firstLine(String message) {
    if (message == null) return "no detail";
    String line = message.strip();
    int cut = line.indexOf('\n');
    if (cut >= 0) line = line.substring(0, cut).strip();
    int at = line.indexOf(" at [row,col");
    if (at >= 0) line = line.substring(0, at).strip();
    if (line.startsWith("ParseError at [")) {
      int end = line.indexOf("]\nMessage:");
      if (end >= 0) line = line.substring(end + 10).strip();
    }
    // Woodstox adds buffer positions that mean nothing to a user.
    line = line.replaceAll(" \\(at char #\\d+, byte #-?\\d+\\)", "").replaceAll(" \\((\\d+); at pos #\\d+\\)", "");
    if (line.endsWith(".")) line = line.substring(0, line.length() - 1);
    return line.isEmpty() ? "no detail" : DeskException.oneLine(line);
  }

  /** Stops reading past the byte limit, in case the file grows while it is read. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) throw new TooLarge();
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && (left -= n) < 0) throw new TooLarge();
      return n;
    }
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("file larger than the limit");
    }
  }
}
