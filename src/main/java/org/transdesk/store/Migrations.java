package org.transdesk.store;

/** The newest schema version under resources/db/migration; bump it with every new V<n>__*.sql. */
final class Migrations {
  static final int LATEST = 3;

  private Migrations() {}
}
