package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** Hostile and broken files: each refused whole with one line, nothing fetched, nothing leaked. */
class XliffHostileTest {
  private static final String HEAD = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
      + "<file original=\"a.txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>"
      + "<trans-unit id=\"1\"><source>";
  private static final String TAIL = "</source></trans-unit></body></file></xliff>\n";
  private static final String DOCTYPE_REFUSED = ":2: the file has a DOCTYPE declaration, which XLIFF files never need"
      + " and transdesk refuses (entity and DTD attacks); remove the <!DOCTYPE …> line and try again";

  @TempDir Path dir;

  Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the file, expecting a refusal; returns its message after checking that no unit text leaked. */
  static String refusal(Path file) {
    StringBuilder seen = new StringBuilder();
    DeskException e = assertThrows(DeskException.class, () -> XliffReader.open(file, ReadLimits.defaults())
        .read(new XliffHandler() {
          @Override public void file(XliffFile f) { }

          @Override public void unit(XliffUnit u) {
            seen.append(u.source());
          }
        }));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertFalse(seen.toString().contains("TOP-SECRET"), seen::toString);
    assertFalse(e.getMessage().contains("TOP-SECRET"), e::getMessage);
    return e.getMessage();
  }

  @Test
  void refusesXxeToALocalFileWithoutReadingIt() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    Path file = write("xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]>\n" + HEAD + "&x;" + TAIL);
    assertEquals(file + DOCTYPE_REFUSED, refusal(file));
  }

  @Test
  void refusesXxeAndExternalDtdOverHttpWithoutConnecting() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
      Path entity = write("xxe-http.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"" + url
          + "\">]>\n" + HEAD + "&x;" + TAIL);
      Path dtd = write("dtd.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"" + url + ".dtd\">\n" + HEAD + "a"
          + TAIL);
      Path parameter = write("param.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY % p SYSTEM \"" + url
          + "\"> %p;]>\n" + HEAD + "a" + TAIL);
      assertEquals(entity + DOCTYPE_REFUSED, refusal(entity));
      assertEquals(dtd + DOCTYPE_REFUSED, refusal(dtd));
      assertEquals(parameter + DOCTYPE_REFUSED, refusal(parameter));
      server.setSoTimeout(300);
      assertThrows(SocketTimeoutException.class, server::accept, "the reader connected to " + url);
    }
  }

  @Test
  void refusesBillionLaughs() throws IOException {
    StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path file = write("laughs.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [" + entities + "]>\n" + HEAD + "&l9;"
        + TAIL);
    assertEquals(file + DOCTYPE_REFUSED, refusal(file));
  }

  @Test
  void refusesABareDoctypeToo() throws IOException {
    Path file = write("bare.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff>\n" + HEAD + "a" + TAIL);
    assertEquals(file + DOCTYPE_REFUSED, refusal(file));
  }

  @Test
  void refusesAnUndeclaredEntity() throws IOException {
    Path file = write("entity.xlf", "<?xml version=\"1.0\"?>\n" + HEAD + "&nbsp;" + TAIL);
    assertEquals(file + ":2: not well-formed XML (Undeclared general entity \"nbsp\"); the file is damaged or cut short:"
        + " get it again from the translation tool", refusal(file));
  }

  @Test
  void refusesATruncatedFile() throws IOException {
    String whole = "<?xml version=\"1.0\"?>\n" + HEAD + "Kim Jong Un" + TAIL;
    Path file = write("truncated.xlf", whole.substring(0, whole.length() - 30));
    assertEquals(file + ":2: not well-formed XML (Unexpected end of input block in end tag);"
        + " the file is damaged or cut short: get it again from the translation tool", refusal(file));
  }

  @Test
  void aBadByteFarDownTheFileIsReportedOnItsOwnLine() throws IOException {
    StringBuilder units = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      units.append("<trans-unit id=\"").append(i).append("\"><source>Line ").append(i).append("</source></trans-unit>\n");
    }
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + HEAD.substring(0, HEAD.indexOf("<trans-unit")) + "\n"
        + units + "<trans-unit id=\"x\"><source>Caf\u00e9</source></trans-unit>\n</body></file></xliff>\n";
    Path file = write("far.xlf", text.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(file + ":303: bytes that are not valid UTF-8 (byte 0xE9, byte 31 of the line); the file is binary or its"
        + " XML declaration names the wrong encoding: save it as UTF-8 text", refusal(file));
  }

  @Test
  void refusesAnEncodingDeclarationThatLies() throws IOException {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + HEAD + "Caf\u00e9 au lait" + TAIL)
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8AsAscii = ("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n" + HEAD + "Caf\u00e9" + TAIL)
        .getBytes(StandardCharsets.UTF_8);
    byte[] utf8As16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + HEAD + "a" + TAIL)
        .getBytes(StandardCharsets.UTF_8);
    Path a = write("latin1.xlf", latin1);
    Path b = write("ascii.xlf", utf8AsAscii);
    Path c = write("utf16.xlf", utf8As16);
    // The refusal points at the bad byte itself (line 2, the é), not where the parser was decoding ahead.
    int column = HEAD.length() + "Caf".length() + 1;
    assertEquals(a + ":2: bytes that are not valid UTF-8 (byte 0xE9, byte " + column + " of the line); the file is binary"
        + " or its XML declaration names the wrong encoding: save it as UTF-8 text", refusal(a));
    assertEquals(b + ":2: bytes that are not valid US-ASCII (byte 0xC3, byte " + column + " of the line); the"
        + " file is binary or its XML declaration names the wrong encoding: save it as UTF-8 text", refusal(b));
    assertEquals(c + ":1: the XML declaration names another encoding than the file is written in (Declared encoding"
        + " 'UTF-16' uses 2 bytes per character; but physical encoding appeared to use 1; cannot decode); save the file"
        + " again as UTF-8 with encoding=\"UTF-8\", or correct encoding= in its first line", refusal(c));
    // Notepad's "Unicode" (UTF-16 with a byte order mark) over a file that declares UTF-8
    Path d = write("utf16bom.xlf", ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + HEAD + "a" + TAIL)
        .getBytes(StandardCharsets.UTF_16LE));
    assertEquals(d + ":1: the XML declaration names another encoding than the file is written in (Declared encoding"
        + " 'UTF-8' uses 1 bytes per character; but physical encoding appeared to use 2; cannot decode); save the file"
        + " again as UTF-8 with encoding=\"UTF-8\", or correct encoding= in its first line", refusal(d));
  }

  @Test
  void refusesInvalidXmlCharacters() throws IOException {
    Path raw = write("ctrl.xlf", "<?xml version=\"1.0\"?>\n" + HEAD + "a\u0001b" + TAIL);
    Path reference = write("ref.xlf", "<?xml version=\"1.0\"?>\n" + HEAD + "a&#1;b" + TAIL);
    assertEquals(raw + ":2: not well-formed XML (Illegal character ((CTRL-CHAR, code 1))); the file is damaged or cut"
        + " short: get it again from the translation tool", refusal(raw));
    assertEquals(reference + ":2: not well-formed XML (Illegal character entity: expansion character (code 0x1); the"
        + " file is damaged or cut short: get it again from the translation tool", refusal(reference));
  }

  @Test
  void refusesBinaryGarbage() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Path file = write("garbage.xlf", garbage);
    String message = refusal(file);
    assertTrue(message.startsWith(file + ":1: "), message);
    Path zip = write("zipped.xlf", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    assertEquals(zip + ":1: not well-formed XML (Unexpected character 'P' (code 80) in prolog; expected '<'); the file"
        + " is damaged or cut short: get it again from the translation tool", refusal(zip));
  }

  @Test
  void refusesAZeroByteFile() throws IOException {
    Path file = write("empty.xlf", new byte[0]);
    DeskException e = assertThrows(DeskException.class, () -> XliffReader.open(file, ReadLimits.defaults()));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ":0: the file is empty (0 bytes); send the XLIFF file again", e.getMessage());
  }

  @Test
  void refusesAWhitespaceOnlyFile() throws IOException {
    Path file = write("blank.xlf", "  \n");
    assertEquals(file + ":2: not well-formed XML (Unexpected EOF in prolog); the file is damaged or cut short: get it"
        + " again from the translation tool", refusal(file));
  }

  @Test
  void refusesExcessiveNesting() throws IOException {
    Path file = write("deep.xlf", "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
        + "<file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body>" + "<group>".repeat(500));
    assertEquals(file + ":1: elements nested deeper than 100 levels; this is not a translation file a tool would write",
        refusal(file));
  }

  @Test
  void refusesAFileLargerThanTheLimit() throws IOException {
    Path file = write("large.xlf", HEAD + "x".repeat(5000) + TAIL);
    DeskException e = assertThrows(DeskException.class,
        () -> XliffReader.open(file, new ReadLimits(4096, 10, 100_000, 50)));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ":0: file is 5.1 KB, over the 4 KB limit; raise it with --max-file-size or split the file",
        e.getMessage());
  }

  @Test
  void refusesAHugeTextNode() throws IOException {
    Path file = write("long.xlf", HEAD + "x".repeat(2_000_000) + TAIL);
    assertEquals(file + ":1: text longer than 1000000 characters, over the limit; raise it with --max-segment-length or"
        + " split the unit", refusal(file));
  }
}
