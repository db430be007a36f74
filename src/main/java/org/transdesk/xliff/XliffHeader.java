package org.transdesk.xliff;

import java.util.Objects;

/**
 * What {@link XliffReader#read} returns once the whole document was read and found valid.
 *
 * @param version "1.2" (also for 1.0/1.1 documents), "2.0", "2.1" or "2.2"
 * @param sourceLang 2.x {@code xliff/@srcLang}, or for 1.2 the first file's source-language
 * @param targetLang 2.x {@code xliff/@trgLang}, or for 1.2 the first file's target-language; may be null
 * @param files number of {@code <file>} elements
 * @param units number of units delivered to the handler
 */
public record XliffHeader(String version, String sourceLang, String targetLang, int files, int units) {
  public XliffHeader {
    Objects.requireNonNull(version, "version");
  }
}
