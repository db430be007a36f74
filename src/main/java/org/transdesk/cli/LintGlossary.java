package org.transdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transdesk.Language;
import org.transdesk.check.Checker;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.TermMatcher;

/** The glossary lint checks against: the files named by --glossary, else every one in glossaries/. */
final class LintGlossary {
  private final Glossary glossary;
  private final List<Path> files;
  private final Map<String, TermMatcher> matchers = new HashMap<>();
  /** For each language pair the glossary has no entries for, the line saying so. */
  private final Map<String, String> gaps = new TreeMap<>();

  private LintGlossary(Glossary glossary, List<Path> files) {
    this.glossary = glossary;
    this.files = files;
  }

  /** Loads the named glossary files, or those in {@code workingFolder/glossaries} when none is named. */
  static LintGlossary load(String[] named, Path workingFolder) {
    List<Path> files = new ArrayList<>();
    if (named != null) {
      for (String name : named) files.add(Path.of(name));
    } else {
      files.addAll(Glossary.filesIn(workingFolder.resolve(Glossary.DEFAULT_FOLDER)));
    }
    return new LintGlossary(files.isEmpty() ? null : Glossary.load(files), List.copyOf(files));
  }

  /** The loaded glossary, or null when there is none. */
  Glossary glossary() {
    return glossary;
  }

  List<Path> files() {
    return files;
  }

  int entries() {
    return glossary == null ? 0 : glossary.size();
  }

  /** A new checker (one per thread) sharing the pair's matcher, which is built once. */
  Checker checker(Language source, Language target) {
    if (glossary == null) return Checker.basic();
    TermMatcher matcher;
    synchronized (matchers) {
      matcher = matchers.computeIfAbsent(source.tag() + ' ' + target.tag(), key -> {
        String gap = glossary.gap(source, target);
        if (gap != null) gaps.put(key, gap);
        return glossary.matcher(source, target);
      });
    }
    return Checker.withGlossary(matcher);
  }

  /** One line per language pair met so far that the glossary has no entries for, in the order of the pairs' tags. */
  List<String> gaps() {
    synchronized (matchers) {
      return List.copyOf(gaps.values());
    }
  }
}
