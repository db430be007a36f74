package org.transdesk.ingest;

/**
 * Bounds on what ingest accepts, so a runaway or hostile file is refused (exit 3, nothing written)
 * instead of exhausting memory: ingest holds a whole article in memory while cutting it.
 *
 * @param maxBytes largest article file in bytes
 * @param maxSegments most sentence segments in one article
 * @param maxSegmentChars most characters in one segment's source, neutral form, counted as a user
 *     sees them: code points of the NFC text (an emoji or a decomposed "é" is one)
 */
public record IngestLimits(long maxBytes, int maxSegments, int maxSegmentChars) {
  public IngestLimits {
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes < 1: " + maxBytes);
    if (maxSegments < 1) throw new IllegalArgumentException("maxSegments < 1: " + maxSegments);
    if (maxSegmentChars < 1) throw new IllegalArgumentException("maxSegmentChars < 1: " + maxSegmentChars);
  }

  /** The length {@code maxSegmentChars} bounds. */
  static int characters(String source) {
    String nfc = java.text.Normalizer.isNormalized(source, java.text.Normalizer.Form.NFC)
        ? source : java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFC);
    return nfc.codePointCount(0, nfc.length());
  }

  /** 256 MB, 10 million segments, 1 million characters per segment. */
  public static IngestLimits defaults() {
    return new IngestLimits(256L << 20, 10_000_000, 1_000_000);
  }
}
