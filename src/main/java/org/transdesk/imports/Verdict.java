package org.transdesk.imports;

import java.util.Objects;

/**
 * The triage's decision for one unit.
 *
 * @param outcome what becomes of the unit
 * @param reason why, for the listing (empty for a plain apply)
 * @param target the returned translation (neutral), or null when there is none
 * @param state the state it would be stored with
 * @param historyReason for an applied unit: import, force or overwrite-final
 * @param copy an empty unit whose target is still a copy of the source
 * @param identical a translation identical to the source, accepted (names or numbers only)
 * @param storedSource for a stale unit: the source the desk has now (null when it has none)
 */
public record Verdict(Outcome outcome, String reason, String target, String state, String historyReason,
    boolean copy, boolean identical, String storedSource) {
  public Verdict {
    Objects.requireNonNull(outcome, "outcome");
    reason = reason == null ? "" : reason;
  }

  static Verdict of(Outcome outcome, String reason) {
    return new Verdict(outcome, reason, null, null, null, false, false, null);
  }
}
