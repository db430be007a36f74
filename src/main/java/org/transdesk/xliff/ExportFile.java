package org.transdesk.xliff;

import java.util.Objects;

/**
 * What an exported XLIFF file says about itself: the document it comes from ({@code file/@original}),
 * the language pair, the document's format, the export row that records it and the document
 * version it was made from.
 */
public record ExportFile(long documentId, String original, String sourceLanguage, String targetLanguage, String format,
    long exportId, int documentVersion) {
  public ExportFile {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    Objects.requireNonNull(targetLanguage, "targetLanguage");
    Objects.requireNonNull(format, "format");
    if (exportId < 1) throw new IllegalArgumentException("export id < 1: " + exportId);
    if (documentVersion < 1) throw new IllegalArgumentException("document version < 1: " + documentVersion);
  }

  ExportFile withExportId(long id) {
    return new ExportFile(documentId, original, sourceLanguage, targetLanguage, format, id, documentVersion);
  }
}
