package org.transdesk.store;

/** An earlier import of a file with the same sha-256: its id, the file as then named, and when. */
public record PastImport(long id, String file, String importedAt) {}
