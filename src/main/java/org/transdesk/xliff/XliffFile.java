package org.transdesk.xliff;

import java.util.Objects;

/**
 * One {@code <file>} element of an XLIFF document.
 *
 * @param version the document's XLIFF version: "1.2" (also for 1.0/1.1 files), "2.0", "2.1" or "2.2"
 * @param original {@code file/@original} (the transdesk document name), or null
 * @param sourceLang 1.2 {@code file/@source-language} or 2.x {@code xliff/@srcLang}, as written
 * @param targetLang 1.2 {@code file/@target-language} or 2.x {@code xliff/@trgLang}, or null
 * @param exportId {@code td:export}, or null when the file did not come from a transdesk export
 * @param documentVersion {@code td:version}, or null
 * @param tool the tool that last wrote the file as it names itself (1.2 {@code file/@tool-id},
 *     {@code header/tool/@tool-name}, {@code file/@tool}), or null
 * @param translator who translated it (1.2 {@code phase/@contact-name} of the last phase,
 *     {@code header/tool/@tool-company} is not used), or null
 * @param line line of the {@code <file>} start tag
 */
public record XliffFile(String version, String original, String sourceLang, String targetLang,
    String exportId, String documentVersion, String tool, String translator, int line) {
  public XliffFile {
    Objects.requireNonNull(version, "version");
  }
}
