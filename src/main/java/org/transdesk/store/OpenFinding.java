package org.transdesk.store;

/** A stored finding not yet resolved: what a later import compares its own findings with. */
public record OpenFinding(long id, long segmentId, String rule, String severity, String message, String span) {}
