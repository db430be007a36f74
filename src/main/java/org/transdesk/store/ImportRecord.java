package org.transdesk.store;

import java.util.Objects;

/**
 * What an import row says about the file it came from.
 *
 * @param file the file as given on the command line
 * @param sha256 of the file's bytes
 * @param documentId the document of its units, null when it named several
 * @param lang the target language as stored, null when it named several
 * @param exportId the export it answers (td:export), null when unknown
 * @param translator who translated it, null when nobody is named
 */
public record ImportRecord(String file, String sha256, Long documentId, String lang, Long exportId, String translator) {
  public ImportRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
  }
}
