package org.transdesk.imports;

/** What became of one returned unit; every unit has exactly one. */
public enum Outcome {
  APPLIED("applied", false, "new or changed translation, written"),
  UNCHANGED("unchanged", false, "the same translation and state as stored"),
  EMPTY("empty", false, "no translation: no target, an empty one, or still the source copy"),
  STALE("stale", true, "the source changed since the export; nothing applied"),
  CONFLICT("conflict", true, "the stored translation changed since the export; the returned one is held"),
  PROTECTED("protected", true, "a final translation or a protected segment; not overwritten"),
  INVALID("invalid", true, "inline codes lost, added or broken, or segments left without a target; not applied"),
  UNKNOWN("unknown", true, "no such unit in the document");

  private final String label;
  private final boolean heldBack;
  private final String meaning;

  Outcome(String label, boolean heldBack, String meaning) {
    this.label = label;
    this.heldBack = heldBack;
    this.meaning = meaning;
  }

  /** The word in text and JSON output. */
  public String label() {
    return label;
  }

  /** True for the outcomes that hold a unit back: they make the exit code 1 and --strict refuse the file. */
  public boolean heldBack() {
    return heldBack;
  }

  public String meaning() {
    return meaning;
  }

  @Override
  public String toString() {
    return label;
  }
}
