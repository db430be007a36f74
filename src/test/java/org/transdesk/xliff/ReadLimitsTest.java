package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** Each read limit refuses with exit 3, naming the limit and the option that raises it. */
class ReadLimitsTest {
  @TempDir Path dir;

  private Path threeUnits() throws Exception {
    return Files.writeString(dir.resolve("de.xlf"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="a.txt" source-language="en" target-language="de" datatype="plaintext">
            <body>
              <trans-unit id="1"><source>One.</source><target>Eins.</target></trans-unit>
              <trans-unit id="2"><source>Two.</source><target>Zwei.</target></trans-unit>
              <trans-unit id="3"><source>A longer sentence.</source><target>Ein längerer Satz.</target></trans-unit>
            </body>
          </file>
        </xliff>
        """);
  }

  private static DeskException refused(Path file, ReadLimits limits) {
    DeskException e = assertThrows(DeskException.class, () -> XliffReader.open(file, limits).read(new XliffHandler() {
      @Override public void file(XliffFile f) {}

      @Override public void unit(XliffUnit u) {}
    }));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    return e;
  }

  @Test
  void fileOverTheSizeLimitIsRefusedNamingSizeLimitAndOption() throws Exception {
    Path file = threeUnits();
    assertEquals(file + ":0: file is " + Files.size(file) + " bytes, over the 100 bytes limit; raise it with --max-file-size or split the file",
        refused(file, new ReadLimits(100, 10, 100, 100)).getMessage());
  }

  @Test
  void fileWithMoreUnitsThanTheLimitIsRefusedAtTheUnitOverIt() throws Exception {
    assertEquals(dir.resolve("de.xlf") + ":6: more than 1 units, over the limit; raise it with --max-units or split the file",
        refused(threeUnits(), new ReadLimits(1 << 20, 1, 100, 100)).getMessage());
  }

  @Test
  void textLongerThanTheLimitIsRefusedAtItsLine() throws Exception {
    assertEquals(dir.resolve("de.xlf") + ":7: text longer than 10 characters, over the limit; raise it with --max-segment-length or split the unit",
        refused(threeUnits(), new ReadLimits(1 << 20, 10, 10, 100)).getMessage());
  }
}
