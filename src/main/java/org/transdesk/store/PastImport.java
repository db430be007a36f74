package org.transdesk.store;

/**
 * An earlier import of a file with the same sha-256: its id, the file as then named, when, and the
 * document, language and translator it recorded (the document is null for a file that spanned
 * several documents, the translator when the file named none), and its per-outcome counts.
 */
public record PastImport(long id, String file, String importedAt, String document, String lang, String translator,
    ImportCounts counts) {}
