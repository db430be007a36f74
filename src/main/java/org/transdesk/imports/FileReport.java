package org.transdesk.imports;

import java.util.List;
import java.util.Objects;

/**
 * What importing one file came to.
 *
 * @param file the file as given
 * @param sha256 of its bytes (null when it could not be read)
 * @param status imported, partial (some units held back), dry-run, already-imported or refused
 * @param importId the import row written, or 0
 * @param document the document its units belong to (null when unknown or several)
 * @param lang the target language as stored (null when unknown or several)
 * @param translator who translated it, or null
 * @param tally the counts
 * @param listed the units listed (held back, or all with --list all) and the findings, in file order
 * @param error for a refused file: the one line saying why
 * @param earlier for an already imported file: the import that took it, as "#id at time"
 */
public record FileReport(String file, String sha256, String status, long importId, String document, String lang,
    String translator, Tally tally, List<Listed> listed, String error, String earlier) {
  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tally, "tally");
    listed = List.copyOf(listed);
  }

  public boolean refused() {
    return status.equals("refused");
  }
}
