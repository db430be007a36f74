package org.transdesk.xliff;

import java.util.List;
import java.util.Objects;

/**
 * One unit as export writes it: a segment (id, neutral source, inline codes, fingerprint), its
 * translation into the file's language if any (neutral target, desk state, revision, the source
 * a needs-update target was made for), and the glossary hints for its source. {@code prefill}
 * says the target is a copy of the source, written for tools that only offer units with a target.
 */
public record ExportUnit(
    long id,
    String source,
    InlineCodes codes,
    String fingerprint,
    boolean isProtected,
    TargetState state,
    String target,
    int revision,
    String previousSource,
    boolean prefill,
    List<GlossaryHint> glossary) {

  public ExportUnit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fingerprint, "fingerprint");
    codes = codes == null ? InlineCodes.NONE : codes;
    Objects.requireNonNull(state, "state");
    if (revision < 0) throw new IllegalArgumentException("unit " + id + ": revision < 0");
    if (prefill && target != null) throw new IllegalArgumentException("unit " + id + ": prefill with a target");
    glossary = List.copyOf(glossary);
  }

  /** A segment with no translation row: state new, no target, revision 0. */
  public static ExportUnit untranslated(long id, String source, InlineCodes codes, String fingerprint, boolean isProtected) {
    return new ExportUnit(id, source, codes, fingerprint, isProtected, TargetState.NEW, null, 0, null, false, List.of());
  }

  /** The target text as written: the translation, or the source when prefilled. */
  String writtenTarget() {
    return prefill ? source : target;
  }

  /** True when the unit has whitespace a tool must not collapse (xml:space="preserve"). */
  boolean needsPreservedSpace() {
    return hasSignificantSpace(source) || hasSignificantSpace(target) || hasSignificantSpace(previousSource);
  }

  /** Leading or trailing whitespace, a line break or tab, or two spaces in a row. */
  private static boolean hasSignificantSpace(String text) {
    if (text == null || text.isEmpty()) return false;
    int last = text.length() - 1;
    if (text.charAt(0) <= ' ' || text.charAt(last) <= ' ') return true;
    // One pass: four indexOf calls and a contains("  ") scanned each text five times (a tenth of export's samples).
    for (int i = 1; i < last; i++) {
      char c = text.charAt(i);
      if (c > ' ') continue;
      if (c == ' ' ? text.charAt(i + 1) == ' ' : c == '\n' || c == '\t' || c == '\r') return true;
    }
    return false;
  }

  ExportUnit withGlossary(List<GlossaryHint> hints) {
    return new ExportUnit(id, source, codes, fingerprint, isProtected, state, target, revision, previousSource, prefill, hints);
  }
}
