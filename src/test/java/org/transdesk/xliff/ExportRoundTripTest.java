package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** What export writes, transdesk's own reader (the one import uses) reads back unchanged. */
class ExportRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"1.2", "2.0"})
  void readerGetsBackEveryUnitsSourceTargetStateFingerprintRevisionAndPrefill(String version) throws Exception {
    Path file = Files.write(dir.resolve("units.xlf"), SampleUnits.write(version));
    List<String> files = new ArrayList<>();
    List<String> read = new ArrayList<>();
    XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile f) {
        files.add(f.original() + " " + f.sourceLang() + ">" + f.targetLang() + " export " + f.exportId() + " version " + f.documentVersion());
      }

      @Override public void unit(XliffUnit u) {
        read.add(describe(Long.parseLong(u.id()), u.source(), u.target(), u.targetState(), u.fingerprint(), u.rev(), u.prefill(), u.translatable()));
      }
    });
    List<String> written = new ArrayList<>();
    for (ExportUnit u : SampleUnits.all()) {
      // XLIFF 1.2 cannot carry U+0001 at all; the writer puts U+FFFD there (2.0 has <cp/>).
      String source = version.equals("1.2") ? u.source().replace('\u0001', '\uFFFD') : u.source();
      written.add(describe(u.id(), source, u.prefill() ? source : u.target(), u.state(), u.fingerprint(), u.revision(), u.prefill(),
          !u.isProtected()));
    }
    assertEquals(List.of("news/north-korea-talks.html en>de export 12 version 3"), files);
    assertEquals(written, read);
  }

  private static String describe(long id, String source, String target, TargetState state, String fingerprint, Integer rev,
      boolean prefill, boolean translatable) {
    return id + " | " + source + " | " + target + " | " + state + " | " + fingerprint + " | " + rev + (prefill ? " | prefill" : "")
        + (translatable ? "" : " | translate=no");
  }
}
