package org.transdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByteSizeTest {
  @Test
  void parsesSizesAsUsersTypeThem() {
    assertEquals(List.of(1L, 800L * 1024, 512L << 20, 512L << 20, 2L << 30, 1L << 40, 1_048_576L),
        List.of("1", "800k", "512m", "512MB", "2g", "1T", " 1048576 ").stream().map(s -> ByteSize.parse("--max-file-size", s).bytes()).toList());
  }

  @Test
  void refusesAnythingElseNamingTheOption() {
    for (String bad : List.of("", "0", "-5m", "12x", "m", "1.5g", "99999999999t")) {
      DeskException e = assertThrows(DeskException.class, () -> ByteSize.parse("--max-file-size", bad));
      assertEquals(ExitCode.USAGE, e.exitCode());
      assertEquals("--max-file-size takes a size such as 512m, 2g or 800k, not '" + bad + "'", e.getMessage());
    }
  }

  @Test
  void printsWholeUnitsPlainlyAndOthersWithOneDecimal() {
    assertEquals(List.of("0 bytes", "1 byte", "900 bytes", "1 KB", "512 MB", "600.2 MB", "2 GB", "1.5 KB", "512.0 MB"),
        List.of(0L, 1L, 900L, 1024L, 512L << 20, 629_355_725L, 2L << 30, 1536L, (512L << 20) + 1).stream()
            .map(b -> new ByteSize(b).toString()).toList());
  }
}
