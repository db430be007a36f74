package org.transdesk.store;

/** One written XLIFF file, as the import of its return needs it. */
public record ExportRecord(long id, long documentId, int documentVersion, String lang, String exportedAt) {}
