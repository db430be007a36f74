package org.transdesk.store;

import java.util.Objects;

/**
 * A sentence as cut from an article, before it has an id: its paragraph (text unit, from 1), the
 * neutral source, the text without codes, the codes JSON (null when none), the fingerprint, the
 * GMX-V word count and whether the desk never translates it (a URL or e-mail address alone).
 */
public record SourceSegment(int paragraph, String source, String plain, String codes, String sourceSha256, int words,
    boolean isProtected) {
  public SourceSegment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(plain, "plain");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
    if (paragraph < 1) throw new IllegalArgumentException("paragraph < 1: " + paragraph);
    if (words < 0) throw new IllegalArgumentException("words < 0: " + words);
  }
}
