package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class XliffReaderTest {
  @TempDir Path dir;

  /** Collects what the reader hands over. */
  static final class Collected implements XliffHandler {
    final List<XliffFile> files = new ArrayList<>();
    final List<XliffUnit> units = new ArrayList<>();
    XliffHeader header;

    @Override public void file(XliffFile file) {
      files.add(file);
    }

    @Override public void unit(XliffUnit unit) {
      units.add(unit);
    }
  }

  static Collected read(Path file) {
    Collected c = new Collected();
    c.header = XliffReader.open(file, ReadLimits.defaults()).read(c);
    return c;
  }

  Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsOwnXliff12Export() throws IOException {
    Path file = write("a.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:td="urn:transdesk:xliff:1">
          <file original="north-korea-talks.txt" source-language="en" target-language="de" datatype="plaintext"
              td:export="7" td:version="2">
            <body>
              <trans-unit id="12" td:fingerprint="abc" td:rev="3">
                <source>Kim <g id="1">Jong</g> Un<x id="2"/> &amp; co</source>
                <target state="translated">Kim <g id="1">Jong</g> Un<x id="2"/> &amp; Co</target>
                <note>Kim Jong Un: name</note>
              </trans-unit>
              <trans-unit id="13" translate="no" td:prefill="yes">
                <source>a@b.org</source>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """);
    Collected c = read(file);
    XliffFile f = new XliffFile("1.2", "north-korea-talks.txt", "en", "de", "7", "2", null, null, 3);
    assertEquals(List.of(f), c.files);
    assertEquals(List.of(
        new XliffUnit(f, "12", 6, "Kim <pc id=\"1\">Jong</pc> Un<ph id=\"2\"/> &amp; co",
            "Kim <pc id=\"1\">Jong</pc> Un<ph id=\"2\"/> &amp; Co", "translated", null, null, false, true, "abc", 3,
            false, List.of("Kim Jong Un: name")),
        new XliffUnit(f, "13", 11, "a@b.org", null, null, null, null, false, false, null, null, true, List.of())),
        c.units);
    assertEquals(new XliffHeader("1.2", "en", "de", 1, 2), c.header);
  }

  @Test
  void refusesDuplicateUnitIdInOneFile() throws IOException {
    Path file = write("dup.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
        <trans-unit id="1"><source>a</source></trans-unit>
        <trans-unit id="1"><source>b</source></trans-unit>
        </body></file></xliff>
        """);
    DeskException e = assertThrows(DeskException.class, () -> read(file));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ":4: unit id '1' appears twice in <file original=\"a.txt\">; each unit must have its own id",
        e.getMessage());
  }
}
