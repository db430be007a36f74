package org.transdesk.xliff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One translation unit: a 1.2 {@code <trans-unit>} or a 2.x {@code <unit>}. Source and target are
 * in the neutral inline form (XML-escaped text, codes as {@code <ph/> <pc> <sc/> <ec/>}); several
 * segments of one unit (2.x {@code <segment>}s, Trados {@code mrk mtype="seg"}) are joined.
 *
 * @param file the {@code <file>} the unit belongs to
 * @param id the unit id as written
 * @param line line of the unit's start tag
 * @param source neutral source
 * @param target neutral target, or null when the unit has no {@code <target>}
 * @param state the raw XLIFF state: 1.2 {@code target/@state}, 2.x {@code segment/@state} (the
 *     least advanced of its segments), or null when absent
 * @param stateQualifier 1.2 {@code target/@state-qualifier}, or null
 * @param subState 2.x {@code segment/@subState}, or null
 * @param approved 1.2 {@code trans-unit/@approved="yes"}; always false for 2.x
 * @param translatable false for {@code translate="no"} (own or inherited)
 * @param fingerprint {@code td:fingerprint}, or null
 * @param rev {@code td:rev}, or null when absent
 * @param prefill {@code td:prefill="yes"}
 * @param notes the unit's notes and (2.x) comment annotations' values, in order; not the notes
 *     transdesk's export wrote (glossary hints, the previous source)
 * @param codeIds the ids the file gives the unit's inline codes, by neutral id, where they differ
 *     (another tool's {@code <ph id="source1"/>} is neutral {@code <ph id="1"/>}); usually empty
 * @param lineBreaks the neutral ids of the standalone codes the file marks as line breaks (1.2
 *     {@code ctype="lb"}, 2.x {@code subType="xlf:lb"}); usually empty
 * @param partial for a 2.x unit of several segments only some of which have a target: which part
 *     is translated; null when every segment has a target or none has
 */
public record XliffUnit(XliffFile file, String id, int line, String source, String target,
    String state, String stateQualifier, String subState, boolean approved, boolean translatable,
    String fingerprint, Integer rev, boolean prefill, List<String> notes, Map<String, String> codeIds,
    Set<String> lineBreaks, Partial partial) {
  /**
   * The translated part of a unit whose other segments have no target (or an empty one).
   *
   * @param untranslated how many segments have no target
   * @param segments how many segments the unit has (ignorables not counted)
   * @param source the sources of the segments that have a target, joined, neutral form
   * @param target their targets, joined in the same order, neutral form
   */
  public record Partial(int untranslated, int segments, String source, String target) {
    /**
     * Whether a segment counts as translated: it has a target with text, or its source has no
     * text either. A target of codes alone (Trados leaves an untranslated segment's tags) does not.
     */
    static boolean translated(String source, String target) {
      return target != null && (InlineText.hasText(target) || !InlineText.hasText(source));
    }
  }

  public XliffUnit {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    notes = List.copyOf(notes);
    codeIds = codeIds == null ? Map.of() : Map.copyOf(codeIds);
    lineBreaks = lineBreaks == null ? Set.of() : Set.copyOf(lineBreaks);
  }

  /** A unit whose segments are all translated, or none is. */
  public XliffUnit(XliffFile file, String id, int line, String source, String target,
      String state, String stateQualifier, String subState, boolean approved, boolean translatable,
      String fingerprint, Integer rev, boolean prefill, List<String> notes, Map<String, String> codeIds,
      Set<String> lineBreaks) {
    this(file, id, line, source, target, state, stateQualifier, subState, approved, translatable, fingerprint, rev,
        prefill, notes, codeIds, lineBreaks, null);
  }

  /** A unit with no code marked as a line break. */
  public XliffUnit(XliffFile file, String id, int line, String source, String target,
      String state, String stateQualifier, String subState, boolean approved, boolean translatable,
      String fingerprint, Integer rev, boolean prefill, List<String> notes, Map<String, String> codeIds) {
    this(file, id, line, source, target, state, stateQualifier, subState, approved, translatable, fingerprint, rev,
        prefill, notes, codeIds, Set.of());
  }

  /** A unit whose code ids are the neutral ones. */
  public XliffUnit(XliffFile file, String id, int line, String source, String target,
      String state, String stateQualifier, String subState, boolean approved, boolean translatable,
      String fingerprint, Integer rev, boolean prefill, List<String> notes) {
    this(file, id, line, source, target, state, stateQualifier, subState, approved, translatable, fingerprint, rev,
        prefill, notes, Map.of(), Set.of());
  }

  /** The transdesk state this unit's XLIFF state maps to (DESIGN.md, "XLIFF"). */
  public TargetState targetState() {
    return file.version().startsWith("1.")
        ? TargetState.fromXliff12(state, stateQualifier, approved, target)
        : TargetState.fromXliff20(state, subState, target);
  }
}
