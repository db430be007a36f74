package org.transdesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;

class BaselineTest {
  private static final Finding FINDING = new Finding(Rule.TARGET_SAME_AS_SOURCE, Severity.WARNING, "x/a.de.xlf", 9,
      "articles/a.txt", "12", Language.parse("de"), "Share to friends", "the target is the same as the en source: translate it");

  @TempDir Path dir;

  @Test
  void writtenBaselineAcceptsTheSameFindingOnTheSameTarget() throws Exception {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, List.of(Baseline.entry(FINDING, "Share to friends")));
    assertEquals("""
        {
          "transdesk-baseline" : 1,
          "entries" : [
            {
              "document" : "articles/a.txt",
              "unit" : "12",
              "rule" : "target-same-as-source",
              "target" : "%s",
              "message" : "the target is the same as the en source: translate it"
            }
          ]
        }
        """.formatted(Fingerprint.of("Share to friends")), Files.readString(file));
    Baseline baseline = Baseline.read(file);
    assertTrue(baseline.accepts(FINDING, "Share to  friends"));
  }

  @Test
  void changedTargetRaisesTheFindingAgain() {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, List.of(Baseline.entry(FINDING, "Share to friends")));
    assertFalse(Baseline.read(file).accepts(FINDING, "Mit Freunden teilen"));
  }

  @Test
  void baselineThatIsNotJsonIsRefusedWithItsLine() throws Exception {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, "{\n  \"entries\": [\n oops ]}");
    DeskException e = assertThrows(DeskException.class, () -> Baseline.read(file));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(file + ":3: not a baseline (invalid JSON: Unrecognized token 'oops': was expecting "
        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')); write a new one with --write-baseline", e.getMessage());
  }

  @Test
  void missingBaselineIsRefused() {
    Path file = dir.resolve("none.json");
    DeskException e = assertThrows(DeskException.class, () -> Baseline.read(file));
    assertEquals(file + ": baseline file not found; create it with --write-baseline " + file, e.getMessage());
  }

  @Test
  void aFolderGivenAsBaselineIsRefusedAsInputNotADeskFailure() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("baselines"));
    DeskException e = assertThrows(DeskException.class, () -> Baseline.read(folder));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(folder + ": is a folder, not a baseline file; name the file --write-baseline wrote", e.getMessage());
  }

  @Test
  void ignoreNoteNamesRules() {
    Set<String> rules = IgnoreNote.rules(List.of("Keep English: slogan", "transdesk-ignore: target-same-as-source, number-changed"));
    assertEquals(Set.of("target-same-as-source", "number-changed"), rules);
    assertTrue(IgnoreNote.covers(rules, FINDING));
    assertFalse(IgnoreNote.covers(IgnoreNote.rules(List.of("transdesk-ignore: name-missing")), FINDING));
    assertTrue(IgnoreNote.covers(IgnoreNote.rules(List.of("TRANSDESK-IGNORE: *")), FINDING));
  }
}
