package org.transdesk.ingest;

import java.util.List;

/**
 * What ingest did with one file: its document name, outcome, the version now current, the segment
 * counts of the comparison with the previous version (restored: sentences an earlier version
 * dropped, back word for word with their segment and translations), the words of its active segments, how many
 * translations were carried over as needs-update, the target languages newly recorded, and the time
 * spent cutting sentences and storing them (nanoseconds).
 */
public record FileResult(String name, Outcome outcome, int version, int segments, int added, int unchanged, int changed,
    int restored, int dropped, long words, int needsUpdate, List<String> targetsAdded, long segmentNanos, long storeNanos) {

  public FileResult {
    targetsAdded = List.copyOf(targetsAdded);
  }

  /** A new document, a new version of a stored one, or the same bytes as the stored version. */
  public enum Outcome {
    NEW("new"),
    UPDATED("updated"),
    IDENTICAL("identical");

    private final String spelling;

    Outcome(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }
  }
}
