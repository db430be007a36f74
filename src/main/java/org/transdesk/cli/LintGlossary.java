package org.transdesk.cli;

import java.nio.file.Path;
import org.transdesk.Language;
import org.transdesk.check.Checker;

/** The glossaries lint checks against: those named by --glossary, else those in glossaries/. */
final class LintGlossary {
  private LintGlossary() {}

  static LintGlossary load(String[] named, Path workingFolder) {
    return new LintGlossary();
  }

  Checker checker(Language source, Language target) {
    return Checker.basic();
  }
}
