package org.transdesk.imports;

import java.util.Optional;
import java.util.function.Predicate;
import org.transdesk.store.StoredUnit;

/**
 * Decides what becomes of one returned unit, given what the desk has stored for it. The checks run
 * in this order and the first that holds decides: unknown, protected segment, empty (including the
 * prefill rule), stale, unchanged, invalid (unfinished or broken codes), protected final, conflict, applied.
 */
final class Triage {
  /**
   * @param force apply conflicting translations
   * @param overwriteFinal replace final translations
   * @param acceptIdentical take a target identical to the source as the translation of a segment
   *     that is only names or numbers, whatever its state says
   * @param exportedAt when the export the file answers was written, or null; used for conflicts
   *     when a unit carries no td:rev
   * @param namesOnly whether a source (plain text) is only names and numbers, so that its
   *     translation may equal it
   */
  record Rules(boolean force, boolean overwriteFinal, boolean acceptIdentical, String exportedAt,
      Predicate<String> namesOnly) {}

  private final Rules rules;

  Triage(Rules rules) {
    this.rules = rules;
  }

  Verdict judge(ReturnedUnit unit, StoredUnit stored, long documentId, String documentName) {
    if (stored == null || stored.documentId() != documentId) {
      return Verdict.of(Outcome.UNKNOWN, isSegmentId(unit.id())
          ? "no segment " + unit.id() + " in " + documentName
          : "'" + Neutral.clip(unit.id(), 40) + "' is not a transdesk unit id (segment ids are numbers)");
    }
    // Canonically equivalent texts are one text: stored in NFC, as the sources are, so that a Mac tool's
    // decomposed accents neither count as a change nor mix NFD into the desk.
    String target = Neutral.nfc(unit.target());
    String storedTarget = Neutral.nfc(stored.target());
    boolean hasTarget = target != null && !Neutral.isBlank(target);
    boolean identical = hasTarget && identical(target, unit.source(), stored.source());
    if (stored.isProtected()) {
      if (!hasTarget || identical || target.equals(storedTarget)) return Verdict.of(Outcome.UNCHANGED, "protected segment");
      return new Verdict(Outcome.PROTECTED, "segment " + stored.segmentId() + " is protected: the desk never translates it",
          target, unit.state(), null, false, false, null);
    }
    if (!hasTarget) return Verdict.of(Outcome.EMPTY, target == null ? "no target" : "empty target");

    boolean accepted = false;
    if (identical) {
      boolean namesOnly = rules.namesOnly().test(Neutral.plain(stored.source()));
      boolean claimed = namesOnly && (rules.acceptIdentical() || unit.stateClaimsDone());
      // Issue 9: a copy of the source is no translation; a bare target equal to the source counts as
      // one only when the state says so, and a prefilled copy only for names and numbers.
      boolean translation = unit.prefill() ? claimed : claimed || !namesOnly && unit.stateClaimsDone();
      if (!translation) {
        return new Verdict(Outcome.EMPTY, unit.prefill() ? "source copy left in place" : "target identical to the source, state "
            + unit.state(), null, null, null, true, false, null);
      }
      accepted = namesOnly;
    }

    String staleness = staleness(unit, stored);
    if (staleness != null) {
      // A changed sentence: the source to compare with is the one that replaced it, not the dropped one the file still has.
      String current = stored.replacementSource() != null ? stored.replacementSource() : stored.source();
      return new Verdict(Outcome.STALE, staleness, target, effectiveState(unit), null, false, false, current);
    }

    String state = effectiveState(unit);
    if (target.equals(storedTarget) && !raises(stored.state(), state)) {
      return new Verdict(Outcome.UNCHANGED, "", target, stored.state(), null, false, accepted, null);
    }

    if (unit.untranslatedSegments() > 0) {
      // Half a translation applied as the whole would read as done; the translator's part is held.
      return new Verdict(Outcome.INVALID, unit.untranslatedSegments() + " of the unit's " + unit.segments()
          + " segments " + (unit.untranslatedSegments() == 1 ? "has" : "have") + " no target: the translation is unfinished", target, state, null, false, false, null);
    }
    Optional<String> codes = InlineCodes.problem(stored.source(), target);
    if (codes.isPresent()) return new Verdict(Outcome.INVALID, codes.get(), target, state, null, false, false, null);

    String reason = "import";
    if (stored.state().equals("final")) {
      if (!rules.overwriteFinal()) {
        return new Verdict(Outcome.PROTECTED, "the stored translation is final; --overwrite-final replaces it",
            target, state, null, false, false, null);
      }
      reason = "overwrite-final";
    }
    String conflict = conflict(unit.rev(), target, stored, storedTarget);
    if (conflict != null) {
      if (!rules.force()) return new Verdict(Outcome.CONFLICT, conflict + "; --force applies the returned one", target, state, null, false, false, null);
      reason = "force";
    }
    return new Verdict(Outcome.APPLIED, "", target, state, reason, false, accepted, null);
  }

  /** The state an applied target gets: a translation is at least translated (OmegaT leaves "new"). */
  static String effectiveState(ReturnedUnit unit) {
    return unit.state().equals("new") ? "translated" : unit.state();
  }

  /** A state change on an unchanged text is taken when it moves forward or flags the text for update. */
  private static boolean raises(String stored, String returned) {
    if (stored.equals(returned) || stored.equals("final")) return false;
    if (returned.equals("needs-update")) return true;
    return rank(returned) > rank(stored);
  }

  private static int rank(String state) {
    return switch (state) {
      case "needs-update" -> 1;
      case "translated" -> 2;
      case "reviewed" -> 3;
      case "final" -> 4;
      default -> 0;
    };
  }

  private static boolean identical(String target, String returnedSource, String storedSource) {
    return Neutral.same(target, returnedSource) || Neutral.same(target, storedSource);
  }

  /** Why the returned unit no longer fits the stored segment, or null when it does. */
  private static String staleness(ReturnedUnit unit, StoredUnit stored) {
    if (!stored.active()) {
      String dropped = "segment " + stored.segmentId() + " was dropped"
          + (stored.versionDropped() == null ? "" : " in version " + stored.versionDropped()) + " of the document";
      return stored.replacedBy() == null ? dropped : dropped + "; segment " + stored.replacedBy() + " holds its new source";
    }
    if (unit.fingerprint() != null && !unit.fingerprint().equalsIgnoreCase(stored.sourceSha256())) {
      return "the source changed since the export (td:fingerprint " + shortHash(unit.fingerprint())
          + " is not the stored " + shortHash(stored.sourceSha256()) + ")";
    }
    // Both plain texts cut the same way: the stored one reads a line break as a space, which the
    // returned source's codes cannot tell.
    if (!unit.source().equals(stored.source()) && !Neutral.same(Neutral.plain(unit.source()), Neutral.plain(stored.source()))) {
      return "the returned source is not the stored source";
    }
    return null;
  }

  private static String shortHash(String hash) {
    return hash.length() <= 12 ? hash : hash.substring(0, 12);
  }

  /** Why the stored translation changed since the export the file answers, or null. */
  private String conflict(Integer rev, String target, StoredUnit stored, String storedTarget) {
    if (rev != null) {
      if (rev == stored.revision()) return null;
      return "the stored translation is at revision " + stored.revision() + ", the file was made from revision " + rev;
    }
    if (rules.exportedAt() != null) {
      if (stored.updatedAt() != null && stored.updatedAt().compareTo(rules.exportedAt()) > 0) {
        return "the stored translation changed at " + stored.updatedAt() + ", after the export at " + rules.exportedAt();
      }
      return null;
    }
    // A tool dropped transdesk's attributes: nothing says which translation the file was made from, and
    // replacing a stored text unasked could undo a later edit (the same text with a higher state replaces nothing).
    if (stored.hasTranslation() && !storedTarget.equals(target)) {
      return "the file carries no td:rev and no td:export of this desk, so transdesk cannot tell whether the stored"
          + " translation changed after the file was made";
    }
    return null;
  }

  static boolean isSegmentId(String id) {
    if (id.isEmpty() || id.length() > 18) return false;
    for (int i = 0; i < id.length(); i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
    return true;
  }
}
