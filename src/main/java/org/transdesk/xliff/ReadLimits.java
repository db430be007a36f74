package org.transdesk.xliff;

/**
 * Bounds on what an XLIFF reader accepts, so a hostile or runaway file is refused instead of
 * exhausting memory or time.
 *
 * @param maxBytes largest file size in bytes
 * @param maxUnits most units (1.2 trans-unit, 2.x unit) in one file
 * @param maxSegmentChars most characters in one source or target, neutral form
 * @param maxDepth deepest element nesting
 */
public record ReadLimits(long maxBytes, int maxUnits, int maxSegmentChars, int maxDepth) {
  public ReadLimits {
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes < 1: " + maxBytes);
    if (maxUnits < 1) throw new IllegalArgumentException("maxUnits < 1: " + maxUnits);
    if (maxSegmentChars < 1) throw new IllegalArgumentException("maxSegmentChars < 1: " + maxSegmentChars);
    if (maxDepth < 4) throw new IllegalArgumentException("maxDepth < 4: " + maxDepth);
  }

  /** 2 GiB, 10 million units, 1 million characters per source or target, 100 levels. */
  public static ReadLimits defaults() {
    return new ReadLimits(2L << 30, 10_000_000, 1_000_000, 100);
  }
}
