package org.transdesk.store;

import java.util.List;
import java.util.Objects;

/**
 * A document as an import sees it: its id, name, source language, current version and the target
 * languages it is to be translated into (BCP 47 tags as stored).
 */
public record StoredDocument(long id, String name, String sourceLang, int version, List<String> targets) {
  public StoredDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceLang, "sourceLang");
    targets = List.copyOf(targets);
  }
}
