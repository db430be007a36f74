package org.transdesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** Bytes that are not UTF-8 inside a term once escaped Woodstox's lazy parsing as an internal error (found by fuzzing). */
class TbxBadBytesTest {
  @Test
  void invalidUtf8InsideATermIsRefusedAsNotWellFormed() {
    Path file = Path.of("src/test/resources/fuzz/tbx/crash-invalid-utf8-in-text.tbx");
    DeskException e = assertThrows(DeskException.class, () -> Glossary.load(List.of(file)));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ":1: not well-formed XML (Invalid UTF-8 start byte 0xbb (at char #12016, byte #11999));"
        + " fix the file or export it again", e.getMessage());
  }
}
