package org.transdesk.xliff;

import java.util.Locale;

/**
 * The five states of a translation at the desk and how they map to XLIFF 1.2
 * {@code target/@state} and XLIFF 2.x {@code segment/@state} (DESIGN.md, "XLIFF"; defaults for
 * states the table does not name are in the README, "XLIFF files transdesk reads").
 */
public enum TargetState {
  NEW("new", "new", "initial", null),
  TRANSLATED("translated", "translated", "translated", null),
  REVIEWED("reviewed", "signed-off", "reviewed", null),
  FINAL("final", "final", "final", null),
  NEEDS_UPDATE("needs-update", "needs-review-translation", "initial", "td:needs-update");

  private final String spelling;
  private final String xliff12;
  private final String xliff20;
  private final String xliff20SubState;

  TargetState(String spelling, String xliff12, String xliff20, String xliff20SubState) {
    this.spelling = spelling;
    this.xliff12 = xliff12;
    this.xliff20 = xliff20;
    this.xliff20SubState = xliff20SubState;
  }

  /** The transdesk spelling, as stored in {@code translation.state}. */
  public String spelling() {
    return spelling;
  }

  /** The XLIFF 1.2 {@code target/@state} value written on export. */
  public String xliff12() {
    return xliff12;
  }

  /** The XLIFF 2.x {@code segment/@state} value written on export. */
  public String xliff20() {
    return xliff20;
  }

  /** The XLIFF 2.x {@code segment/@subState} written on export, or null. */
  public String xliff20SubState() {
    return xliff20SubState;
  }

  /** The state with this transdesk spelling; IllegalArgumentException for anything else. */
  public static TargetState fromSpelling(String spelling) {
    for (TargetState s : values()) if (s.spelling.equals(spelling)) return s;
    throw new IllegalArgumentException("unknown state: " + spelling);
  }

  /**
   * Maps an XLIFF 1.2 unit. No target, or an empty one, is {@link #NEW}; {@code approved="yes"} is
   * {@link #REVIEWED} unless the state says {@code final}; a {@code rejected-*} state-qualifier is
   * {@link #NEEDS_UPDATE}. States the table does not name: {@code needs-adaptation},
   * {@code needs-l10n} → needs-update; {@code needs-review-adaptation}, {@code needs-review-l10n},
   * a custom {@code x-…} state or no state at all → translated.
   */
  public static TargetState fromXliff12(String state, String stateQualifier, boolean approved, String target) {
    if (target == null || target.isEmpty()) return NEW;
    String s = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
    if (s.equals("final")) return FINAL;
    if (approved || s.equals("signed-off")) return REVIEWED;
    if (stateQualifier != null && stateQualifier.strip().toLowerCase(Locale.ROOT).startsWith("rejected-")) {
      return NEEDS_UPDATE;
    }
    switch (s) {
      case "new":
      case "needs-translation":
        return NEW;
      case "needs-review-translation":
      case "needs-adaptation":
      case "needs-l10n":
        return NEEDS_UPDATE;
      default:
        // translated, needs-review-adaptation, needs-review-l10n, x-… and no state.
        return TRANSLATED;
    }
  }

  /**
   * Maps an XLIFF 2.x segment. No target, or an empty one, is {@link #NEW}; {@code initial} with
   * subState {@code td:needs-update} is {@link #NEEDS_UPDATE}; a target without any state is
   * {@link #TRANSLATED} (the spec's default is initial, but tools that write no state at all
   * still deliver translations).
   */
  public static TargetState fromXliff20(String state, String subState, String target) {
    if (target == null || target.isEmpty()) return NEW;
    if (state == null) return TRANSLATED;
    switch (state) {
      case "initial":
        return NEEDS_UPDATE.xliff20SubState.equals(subState) ? NEEDS_UPDATE : NEW;
      case "translated":
        return TRANSLATED;
      case "reviewed":
        return REVIEWED;
      case "final":
        return FINAL;
      default:
        return TRANSLATED;
    }
  }
}
