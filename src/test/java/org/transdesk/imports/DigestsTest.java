package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class DigestsTest {
  @TempDir Path dir;

  @Test
  void eachFileGetsItsOwnSha256InTheOrderGivenOrNot() throws Exception {
    Path a = Files.writeString(dir.resolve("a.xlf"), "<xliff/>", StandardCharsets.UTF_8);
    Path b = Files.write(dir.resolve("b.xlf"), new byte[3 << 20]);
    Path c = Files.writeString(dir.resolve("c.xlf"), "other", StandardCharsets.UTF_8);
    try (Digests digests = new Digests(List.of(a, b, a, c))) {
      // As sha256sum prints them: "<xliff/>", and 3 MiB of zero bytes.
      assertEquals("9dfa5692c34dfedd43b2705c4481dc96ea6cf1e34ed5877e491888c2490a85a7", digests.of(a, "a.xlf"));
      assertEquals("bbd05cf6097ac9b1f89ea29d2542c1b7b67ee46848393895f5a9e43fa1f621e5", digests.of(b, "b.xlf"));
      // Asked out of order (c before the second a): computed on the spot, still right.
      assertEquals(FileImport.sha256(c, "c.xlf"), digests.of(c, "c.xlf"));
      assertEquals("9dfa5692c34dfedd43b2705c4481dc96ea6cf1e34ed5877e491888c2490a85a7", digests.of(a, "a.xlf"));
    }
  }

  @Test
  void aFileThatIsGoneBeforeItsTurnIsRefusedWithTheUsualLine() throws Exception {
    Path a = Files.writeString(dir.resolve("a.xlf"), "<xliff/>", StandardCharsets.UTF_8);
    Path gone = dir.resolve("gone.xlf");
    try (Digests digests = new Digests(List.of(a, gone))) {
      digests.of(a, "a.xlf");
      DeskException e = assertThrows(DeskException.class, () -> digests.of(gone, "gone.xlf"));
      assertEquals(ExitCode.REJECTED, e.exitCode());
      assertEquals(assertThrows(DeskException.class, () -> FileImport.sha256(gone, gone.toString())).getMessage(), e.getMessage());
    }
  }
}
