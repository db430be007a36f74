package org.transdesk.imports;

/**
 * One {@code <file>} of a returned XLIFF document, as the import needs it.
 *
 * @param original file/@original: the document name
 * @param sourceLang the source language as written
 * @param targetLang the target language as written, or null
 * @param exportId td:export as written, or null
 * @param translator who the file says translated it, or null
 * @param line the line of the {@code <file>} start tag
 */
public record ReturnedFile(String original, String sourceLang, String targetLang, String exportId, String translator, int line) {}
