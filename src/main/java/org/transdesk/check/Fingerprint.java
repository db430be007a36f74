package org.transdesk.check;

/**
 * The fingerprint of a neutral text (CONTRACT.md), the same as ingest stores: one definition, in
 * {@link org.transdesk.ingest.Fingerprint}, so a stale check never disagrees with what was exported.
 */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(String neutral) {
    return org.transdesk.ingest.Fingerprint.of(neutral);
  }
}
