package org.transdesk.store;

/** The per-outcome counts stored on an import row. */
public record ImportCounts(int applied, int unchanged, int empty, int stale, int conflict, int isProtected,
    int invalid, int unknown) {}
