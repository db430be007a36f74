package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** Files cut short inside text once escaped Woodstox's lazy parsing as internal errors (found by fuzzing). */
class TruncatedFileTest {
  private static DeskException refused(Path file) {
    DeskException e = assertThrows(DeskException.class, () -> XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile f) {}

      @Override public void unit(XliffUnit u) {}
    }));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    return e;
  }

  @Test
  void fileCutShortInsideCdataIsRefusedAsDamaged() {
    Path file = Path.of("src/test/resources/fuzz/xliff/crash-lazy-cdata-eof.xlf");
    assertEquals(file + ":10: not well-formed XML (Unexpected EOF in CDATA section); the file is damaged or cut short:"
        + " get it again from the translation tool", refused(file).getMessage());
  }

  @Test
  void fileCutShortInsideAnEntityReferenceIsRefusedAsDamaged() {
    Path file = Path.of("src/test/resources/fuzz/xliff/crash-truncated-entity.xlf");
    assertEquals(file + ":15: not well-formed XML (Missing semicolon after reference for entity \"am\"); the file is damaged or cut short:"
        + " get it again from the translation tool", refused(file).getMessage());
  }
}
