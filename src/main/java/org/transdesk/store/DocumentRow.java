package org.transdesk.store;

/** A stored article: its id, name (the path as given), format, source language, current version and source hash. */
public record DocumentRow(long id, String name, String format, String sourceLang, int version, String sourceSha256) {}
