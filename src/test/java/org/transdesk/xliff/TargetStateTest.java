package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetStateTest {
  @Test
  void mapsEveryXliff12StateAsTheReadmeTableSays() {
    List<String> mapped = new ArrayList<>();
    for (String state : new String[] {null, "new", "needs-translation", "translated", "signed-off", "final",
        "needs-review-translation", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
        "x-my-state"}) {
      mapped.add(state + "=" + TargetState.fromXliff12(state, null, false, "Text").spelling());
    }
    assertEquals(List.of("null=translated", "new=new", "needs-translation=new", "translated=translated",
        "signed-off=reviewed", "final=final", "needs-review-translation=needs-update", "needs-adaptation=needs-update",
        "needs-l10n=needs-update", "needs-review-adaptation=translated", "needs-review-l10n=translated",
        "x-my-state=translated"), mapped);
  }

  @Test
  void approvalRejectionAndEmptyTargetsOverrideTheXliff12State() {
    assertEquals(TargetState.REVIEWED, TargetState.fromXliff12("translated", null, true, "Text"));
    assertEquals(TargetState.REVIEWED, TargetState.fromXliff12(null, null, true, "Text"));
    assertEquals(TargetState.FINAL, TargetState.fromXliff12("final", null, true, "Text"));
    assertEquals(TargetState.NEEDS_UPDATE, TargetState.fromXliff12("translated", "rejected-grammar", false, "Text"));
    assertEquals(TargetState.TRANSLATED, TargetState.fromXliff12("translated", "exact-match", false, "Text"));
    assertEquals(TargetState.NEW, TargetState.fromXliff12("final", null, true, ""));
    assertEquals(TargetState.NEW, TargetState.fromXliff12("translated", null, false, null));
  }

  @Test
  void mapsEveryXliff20State() {
    assertEquals(TargetState.NEW, TargetState.fromXliff20("initial", null, "Text"));
    assertEquals(TargetState.NEEDS_UPDATE, TargetState.fromXliff20("initial", "td:needs-update", "Text"));
    assertEquals(TargetState.NEW, TargetState.fromXliff20("initial", "my:other", "Text"));
    assertEquals(TargetState.TRANSLATED, TargetState.fromXliff20("translated", null, "Text"));
    assertEquals(TargetState.REVIEWED, TargetState.fromXliff20("reviewed", null, "Text"));
    assertEquals(TargetState.FINAL, TargetState.fromXliff20("final", null, "Text"));
    assertEquals(TargetState.TRANSLATED, TargetState.fromXliff20(null, null, "Text"));
    assertEquals(TargetState.NEW, TargetState.fromXliff20("final", null, ""));
  }

  @Test
  void writesTheSpellingsTheExportNeeds() {
    List<String> written = new ArrayList<>();
    for (TargetState s : TargetState.values()) {
      written.add(s.spelling() + ": " + s.xliff12() + " / " + s.xliff20() + " " + s.xliff20SubState());
    }
    assertEquals(List.of("new: new / initial null", "translated: translated / translated null",
        "reviewed: signed-off / reviewed null", "final: final / final null",
        "needs-update: needs-review-translation / initial td:needs-update"), written);
    assertEquals(TargetState.NEEDS_UPDATE, TargetState.fromSpelling("needs-update"));
    assertThrows(IllegalArgumentException.class, () -> TargetState.fromSpelling("done"));
  }
}
