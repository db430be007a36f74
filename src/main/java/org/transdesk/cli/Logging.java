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
  }
}
