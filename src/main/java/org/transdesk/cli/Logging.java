package org.transdesk.cli;

/**
 * Sets the SLF4J simple logger before any library creates a logger: warnings only and on stderr,
 * unless --verbose asks for details.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "error");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    // Okapi's HTML filter parses with Jericho, which logs every flaw of sloppy markup at ERROR
    // ("StartTag meta ... has missing whitespace"), also for articles it reads well: noise beside
    // transdesk's own one-line errors. --verbose shows them.
    System.setProperty("org.slf4j.simpleLogger.log.net.htmlparser.jericho", verbose ? "info" : "off");
    // The SQLite driver deletes libraries other JVMs unpacked into the temporary folder at every
    // start and logs a lost race with another process's clean-up at ERROR, with a stack trace; a
    // library that really fails to load fails the connection, which transdesk reports itself.
    System.setProperty("org.slf4j.simpleLogger.log.org.sqlite.SQLiteJDBCLoader", verbose ? "info" : "off");
  }
}
