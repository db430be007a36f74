package org.transdesk.imports;

/**
 * How `import` treats the units it reads.
 *
 * @param force apply conflicting translations (the stored one changed since the export)
 * @param overwriteFinal replace final translations
 * @param acceptIdentical take a target identical to a names-or-numbers source as its translation,
 *     whatever the unit's state says
 * @param strict refuse a whole file when any unit is held back
 * @param dryRun decide and list everything, write nothing
 * @param listAll list every unit, not only the held-back ones
 * @param translator who translated the files when they name nobody, or null
 */
public record ImportOptions(boolean force, boolean overwriteFinal, boolean acceptIdentical, boolean strict,
    boolean dryRun, boolean listAll, String translator) {

  /** Defaults: nothing forced, held units listed. */
  public static ImportOptions defaults() {
    return new ImportOptions(false, false, false, false, false, false, null);
  }
}
