package org.transdesk.imports;

import java.util.List;
import java.util.Objects;

/**
 * One unit of a returned file as the triage needs it.
 *
 * @param id the unit id as written
 * @param line the line of the unit's start tag
 * @param source neutral source as returned
 * @param target neutral target, or null when the unit has none
 * @param state the transdesk state the file's state maps to (new, translated, reviewed, final, needs-update)
 * @param stateClaimsDone the file says in so many words that the target is done: a state of
 *     translated or better, or approval (a missing state does not count)
 * @param prefill td:prefill="yes": the target went out as a copy of the source
 * @param fingerprint td:fingerprint, or null
 * @param rev td:rev, or null
 * @param untranslatedSegments how many of the unit's segments have no target while others have
 *     one (a 2.x unit a tool split into segments and the translator left unfinished); 0 otherwise
 * @param segments how many segments the unit has
 * @param notes what the translator wrote beside the text: notes and comments, in order
 */
public record ReturnedUnit(String id, int line, String source, String target, String state,
    boolean stateClaimsDone, boolean prefill, String fingerprint, Integer rev, int untranslatedSegments, int segments,
    List<String> notes) {
  public ReturnedUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A unit without notes. */
  public ReturnedUnit(String id, int line, String source, String target, String state, boolean stateClaimsDone,
      boolean prefill, String fingerprint, Integer rev, int untranslatedSegments, int segments) {
    this(id, line, source, target, state, stateClaimsDone, prefill, fingerprint, rev, untranslatedSegments, segments, List.of());
  }
}
