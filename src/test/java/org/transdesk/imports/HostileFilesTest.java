package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DeskFixture;

/**
 * Hostile and broken files are refused whole: exit 3, one line naming the file and line, and the
 * database exactly as before, even when good units came before the fault.
 */
class HostileFilesTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String ROOT = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      + "<file original=\"a.txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>\n";
  private static final String GOOD_UNIT = "<trans-unit id=\"1\"><source>The talks ended.</source>"
      + "<target state=\"translated\">Die Gespräche endeten.</target></trans-unit>\n";
  private static final String END = "</body></file></xliff>\n";

  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private String before;

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    int doc = desk.document("a.txt", "en", "de");
    desk.segment(doc, "The talks ended.");
    desk.segment(doc, "Kim Jong Un met Joe Biden.");
    before = desk.dump();
  }

  @AfterEach
  void close() {
    desk.close();
  }

  /** Imports the file and returns stderr, after checking exit 3, one line, and an unchanged database. */
  private String refused(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ExitCode code = Main.run(new String[] {"import", "--db", db, file.toString()}, new PrintWriter(out), new PrintWriter(err),
        Map.of(), false);
    assertEquals(ExitCode.REJECTED, code, () -> out + "\n" + err);
    assertEquals("", out.toString());
    assertEquals(1, err.toString().lines().count(), err::toString);
    assertEquals(before, desk.dump());
    return err.toString();
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aMegabyteAttributeIsRefusedAtItsLineAsOverALimit() throws Exception {
    Path file = file("attr.xlf", HEAD + ROOT + GOOD_UNIT + "<trans-unit id=\"2\" resname=\"" + "x".repeat(1_100_000) + "\">"
        + "<source>Kim Jong Un met Joe Biden.</source></trans-unit>\n" + END);
    assertEquals("error: " + file + ":5: Maximum attribute size limit (1048576) exceeded, a limit transdesk sets against"
        + " hostile files; no translation tool writes such a file: have it checked\n", refused(file));
  }

  @Test
  void aNoteOverTheLengthLimitIsNamedAsANote() throws Exception {
    Path file = file("note.xlf", HEAD + ROOT + "<trans-unit id=\"1\"><source>The talks ended.</source>\n<note>"
        + "n".repeat(1_000_001) + "</note></trans-unit>\n" + END);
    assertEquals("error: " + file + ":5: a <note> longer than 1000000 characters, over the limit; shorten it or raise the"
        + " limit with --max-segment-length\n", refused(file));
  }

  @Test
  void externalEntityToALocalFileIsRefused() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
    Path file = file("xxe.xlf", HEAD + "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + ROOT + GOOD_UNIT
        + "<trans-unit id=\"2\"><source>Kim Jong Un met Joe Biden.</source><target>&x;</target></trans-unit>\n" + END);
    assertEquals("error: " + file + ":2: the file has a DOCTYPE declaration, which XLIFF files never need and transdesk"
        + " refuses (entity and DTD attacks); remove the <!DOCTYPE …> line and try again\n", refused(file));
  }

  @Test
  void externalEntityToALocalServerIsRefusedWithoutConnecting() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(200);
      Path file = file("xxe-http.xlf", HEAD + "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
          + "/x\">]>\n" + ROOT + "<trans-unit id=\"1\"><source>The talks ended.</source><target>&x;</target></trans-unit>\n" + END);
      assertEquals("error: " + file + ":2: the file has a DOCTYPE declaration, which XLIFF files never need and transdesk"
          + " refuses (entity and DTD attacks); remove the <!DOCTYPE …> line and try again\n", refused(file));
      assertThrows(SocketTimeoutException.class, server::accept);
    }
  }

  @Test
  void externalDtdIsRefusedWithoutFetchingIt() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(200);
      Path file = file("dtd.xlf", HEAD + "<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/xliff.dtd\">\n"
          + ROOT + GOOD_UNIT + END);
      assertEquals("error: " + file + ":2: the file has a DOCTYPE declaration, which XLIFF files never need and transdesk"
          + " refuses (entity and DTD attacks); remove the <!DOCTYPE …> line and try again\n", refused(file));
      assertThrows(SocketTimeoutException.class, server::accept);
    }
  }

  @Test
  void billionLaughsIsRefused() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [\n<!ENTITY l0 \"ha\">\n");
    for (int i = 1; i <= 9; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
    dtd.append("]>\n");
    Path file = file("laughs.xlf", HEAD + dtd + ROOT
        + "<trans-unit id=\"1\"><source>The talks ended.</source><target>&l9;</target></trans-unit>\n" + END);
    assertEquals("error: " + file + ":2: the file has a DOCTYPE declaration, which XLIFF files never need and transdesk"
        + " refuses (entity and DTD attacks); remove the <!DOCTYPE …> line and try again\n", refused(file));
  }

  @Test
  void truncatedFileIsRefusedAndItsGoodUnitsAreNotWritten() throws Exception {
    String whole = HEAD + ROOT + GOOD_UNIT + "<trans-unit id=\"2\"><source>Kim Jong Un met Joe Biden.</source>"
        + "<target state=\"translated\">Kim Jong Un traf Joe Biden.</target></trans-unit>\n" + END;
    Path file = file("truncated.xlf", whole.substring(0, whole.indexOf("<trans-unit id=\"2\"") + 40));
    assertEquals("error: " + file + ":5: not well-formed XML (Unexpected EOF; was expecting a close tag for element <source>);"
        + " the file is damaged or cut short: get it again from the translation tool\n", refused(file));
  }

  @Test
  void encodingDeclarationThatLiesIsRefused() throws Exception {
    byte[] latin1 = (HEAD + ROOT + "<trans-unit id=\"1\"><source>The talks ended.</source><target>Die Gespräche endeten.</target>"
        + "</trans-unit>\n" + END).getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.xlf"), latin1);
    int column = "<trans-unit id=\"1\"><source>The talks ended.</source><target>Die Gespr".length() + 1;
    assertEquals("error: " + file + ":4: bytes that are not valid UTF-8 (byte 0xE4, byte " + column + " of the line); the file is binary"
        + " or its XML declaration names the wrong encoding: save it as UTF-8 text\n", refused(file));
  }

  /** The other lie: every byte is valid ISO-8859-1, so without the check each "ä" was read as "Ã¤" and applied. */
  @Test
  void utf8TextDeclaredAsIso88591IsRefusedButRealIso88591IsRead() throws Exception {
    String latin1Head = HEAD.replace("UTF-8", "ISO-8859-1");
    Path mislabelled = file("mislabelled.xlf", latin1Head + ROOT + GOOD_UNIT + END);
    assertEquals("error: " + mislabelled + ":4: the XML declaration says ISO-8859-1, but the text is UTF-8 ('ä' is written in UTF-8"
        + " bytes): the tool that saved the file declared the wrong encoding; change the declaration to encoding=\"UTF-8\"\n",
        refused(mislabelled));
    Path real = Files.write(dir.resolve("latin1.xlf"), (latin1Head + ROOT + GOOD_UNIT + END).getBytes(StandardCharsets.ISO_8859_1));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(ExitCode.OK, Main.run(new String[] {"import", "--db", db, real.toString()}, new PrintWriter(out), new PrintWriter(err),
        Map.of(), false), err::toString);
    assertTrue(desk.dump().contains("Die Gespräche endeten."), "the ISO-8859-1 target is read as written");
  }

  @Test
  void encodingJavaCannotReadIsRefusedAtTheDeclaration() throws Exception {
    Path file = file("bogus.xlf", HEAD.replace("UTF-8", "x-bogus-8") + ROOT + GOOD_UNIT + END);
    assertEquals("error: " + file + ":1: the XML declaration names the encoding 'x-bogus-8', which Java cannot read;"
        + " save the file as UTF-8 and declare encoding=\"UTF-8\"\n", refused(file));
  }

  @Test
  void invalidXmlCharactersAreRefused() throws Exception {
    Path file = file("control.xlf", HEAD + ROOT + GOOD_UNIT
        + "<trans-unit id=\"2\"><source>Kim Jong Un met Joe Biden.</source><target>Kim\u0001</target></trans-unit>\n" + END);
    assertEquals("error: " + file + ":5: not well-formed XML (Illegal character ((CTRL-CHAR, code 1))); the file is damaged or"
        + " cut short: get it again from the translation tool\n", refused(file));
  }

  @Test
  void binaryGarbageIsRefused() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(4).nextBytes(garbage);
    Path file = Files.write(dir.resolve("garbage.xlf"), garbage);
    String error = refused(file);
    assertEquals("error: " + file + ":1: ", error.substring(0, ("error: " + file + ":1: ").length()), error);
  }

  @Test
  void zeroByteFileIsRefused() throws Exception {
    Path file = Files.write(dir.resolve("empty.xlf"), new byte[0]);
    assertEquals("error: " + file + ":0: the file is empty (0 bytes); send the XLIFF file again\n", refused(file));
  }

  @Test
  void fileForAnotherDocumentIsRefused() throws Exception {
    Path file = file("other.xlf", HEAD + ROOT.replace("a.txt\"", "b.txt\" xmlns:td=\"urn:transdesk:xliff:1\" td:export=\"7\"")
        + GOOD_UNIT + END);
    assertEquals("error: " + file + ":3: document 'b.txt' (file/@original) is not in the database " + db
        + "; ingest it first or import into the database it was exported from\n", refused(file));
  }

  @Test
  void anotherToolsFileIsRefusedAsNotATransdeskExport() throws Exception {
    // locize's example12.xliff: <file original="namespace1">, no td: attributes
    Path file = file("locize.xlf", HEAD + ROOT.replace("a.txt", "namespace1") + GOOD_UNIT + END);
    assertEquals("error: " + file + ":3: document 'namespace1' (file/@original) is not in the database " + db
        + "; the file has no td:export, so it is not one transdesk exported: import the XLIFF that transdesk export wrote,"
        + " as the translator returns it\n", refused(file));
  }

  @Test
  void fileForAnotherTargetLanguageIsRefused() throws Exception {
    Path file = file("ja.xlf", HEAD + ROOT.replace("target-language=\"de\"", "target-language=\"ja\"") + GOOD_UNIT + END);
    assertEquals("error: " + file + ":3: target language ja is not a target of document 'a.txt' (targets: de);"
        + " add it with ingest --targets or check the file\n", refused(file));
  }

  @Test
  void fileForAnotherSourceLanguageIsRefused() throws Exception {
    Path file = file("fr.xlf", HEAD + ROOT.replace("source-language=\"en\"", "source-language=\"fr\"") + GOOD_UNIT + END);
    assertEquals("error: " + file + ":3: source language fr does not match document 'a.txt', whose source is en;"
        + " import the file into the right database or re-export it\n", refused(file));
  }

  @Test
  void sameUnitIdTwiceIsRefused() throws Exception {
    Path file = file("twice.xlf", HEAD + ROOT + GOOD_UNIT + GOOD_UNIT + END);
    assertEquals("error: " + file + ":5: unit id '1' appears twice in <file original=\"a.txt\">; each unit must have its own id\n", refused(file));
  }

  @Test
  void fileWhoseUnitIdsAreNoSegmentsIsRefused() throws Exception {
    Path file = file("po2xliff.xlf", HEAD + ROOT
        + "<trans-unit id=\"msgid-1\"><source>The talks ended.</source><target>Die Gespräche endeten.</target></trans-unit>\n"
        + "<trans-unit id=\"msgid-2\"><source>Kim Jong Un met Joe Biden.</source><target>Kim traf Biden.</target></trans-unit>\n" + END);
    assertEquals("error: " + file + ":4: none of the 2 unit ids is a segment of 'a.txt' (the first is 'msgid-1'); the file was"
        + " not exported by this desk or a tool renumbered its units: import the file transdesk exported\n", refused(file));
  }
}
