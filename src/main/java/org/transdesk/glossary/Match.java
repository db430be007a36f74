package org.transdesk.glossary;

/** An entry found in a source text: the entry, the span [start, end) in the text and the text matched. */
public record Match(Entry entry, int start, int end, String text) {}
