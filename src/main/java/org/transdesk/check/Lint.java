package org.transdesk.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.FolderFiles;
import org.transdesk.Language;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.TargetState;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * Checks XLIFF files as they are, without a database: every translatable unit of every file goes
 * through a {@link Checker} for its language pair; findings a unit's note or the baseline accepts
 * are counted, not returned.
 */
public final class Lint {
  /** File name endings lint picks up when given a folder. */
  /** The names of XLIFF files in a folder (import searches folders for the same): Trados, memoQ, Phrase and Wordfast's too. */
  public static final List<String> EXTENSIONS = List.of(".xlf", ".xliff", ".xlf2", ".sdlxliff", ".mqxliff", ".mxliff", ".txlf");

  /** What one file gave: its findings (in document order) and how many were accepted. */
  public record FileResult(Path file, int units, List<Finding> findings, List<Baseline.Entry> baselineEntries,
      int acceptedByBaseline, int ignoredByNote) {}

  private final BiFunction<Language, Language, Checker> checkers;
  private final Map<String, Checker> byPair = new HashMap<>();
  private final Language fallbackSource;
  private final Language fallbackTarget;
  private final Baseline baseline;
  private final boolean recordBaseline;
  private final ReadLimits limits;

  /**
   * @param checkers makes the checker for a (source, target) pair; called once per pair
   * @param fallbackSource the source language for files that do not say theirs, or null
   * @param fallbackTarget the target language for files that do not say theirs, or null
   * @param baseline the accepted findings
   * @param recordBaseline whether to return the baseline entry of every finding (for --write-baseline)
   * @param limits the largest file, most units and longest text a file may have (--max-file-size etc.)
   */
  public Lint(BiFunction<Language, Language, Checker> checkers, Language fallbackSource, Language fallbackTarget,
      Baseline baseline, boolean recordBaseline, ReadLimits limits) {
    this.limits = limits;
    this.checkers = checkers;
    this.fallbackSource = fallbackSource;
    this.fallbackTarget = fallbackTarget;
    this.baseline = baseline;
    this.recordBaseline = recordBaseline;
  }

  /**
   * The XLIFF files named by the arguments: a file as given (whatever its name), a folder's XLIFF
   * files (by extension, recursively, in name order).
   */
  public static List<Path> files(List<String> arguments) {
    List<Path> files = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!Files.exists(path)) {
        throw org.transdesk.MissingPath.of(argument);
      }
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try {
        List<Path> found = FolderFiles.under(path, Lint::isXliffName);
        if (found.isEmpty()) {
          throw new DeskException(ExitCode.REJECTED, "%s: no XLIFF files in this folder (%s); name the folder or files to check",
              argument, String.join(", ", EXTENSIONS));
        }
        files.addAll(found);
      } catch (IOException e) {
        throw new DeskException(ExitCode.FAILURE, e, "%s: cannot list the folder: %s", argument, e.getMessage());
      }
    }
    return files;
  }

  /** Whether a file's name says XLIFF, by {@link #EXTENSIONS}. */
  public static boolean isXliffName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String extension : EXTENSIONS) if (name.endsWith(extension)) return true;
    return false;
  }

  /** Lints one file; throws the reader's {@link DeskException} when the file is refused. */
  public FileResult lint(Path file) {
    String shown = file.toString();
    List<Finding> findings = new ArrayList<>();
    List<Baseline.Entry> entries = new ArrayList<>();
    int[] counts = new int[3];
    XliffReader.open(file, limits).read(new XliffHandler() {
      private Language source;
      private Language target;
      private Checker checker;
      private XliffFile current;

      @Override
      public void file(XliffFile xliffFile) {
        current = xliffFile;
        source = language(shown, xliffFile.line(), xliffFile.sourceLang(), fallbackSource, "source");
        // A file of sources only (no target anywhere) needs no target language: it is asked for at the first target.
        boolean says = xliffFile.targetLang() != null && !xliffFile.targetLang().isBlank();
        target = says || fallbackTarget != null ? language(shown, xliffFile.line(), xliffFile.targetLang(), fallbackTarget, "target") : null;
        checker = target == null ? null : byPair.computeIfAbsent(source.tag() + ' ' + target.tag(), key -> checkers.apply(source, target));
      }

      @Override
      public void unit(XliffUnit unit) {
        if (!unit.translatable()) return;
        counts[0]++;
        if (checker == null) {
          if (unit.target() == null || unit.target().isBlank()) return;
          throw unsaid(shown, current.line(), "target");
        }
        List<Finding> found = check(checker, shown, source, target, unit);
        if (found.isEmpty()) return;
        Set<String> ignored = IgnoreNote.rules(unit.notes());
        for (Finding finding : found) {
          if (IgnoreNote.covers(ignored, finding)) {
            counts[2]++;
            continue;
          }
          if (recordBaseline) entries.add(Baseline.entry(finding, unit.target()));
          if (baseline.accepts(finding, unit.target())) {
            counts[1]++;
            continue;
          }
          findings.add(finding);
        }
      }
    });
    return new FileResult(file, counts[0], findings, entries, counts[1], counts[2]);
  }

  /** The findings of one unit; a unit translated in part is checked on its translated segments. */
  private static List<Finding> check(Checker checker, String shown, Language source, Language target, XliffUnit unit) {
    TranslationPair pair = new TranslationPair(shown, unit.line(), unit.file().original(), unit.id(), source, target,
        unit.source(), unit.target(), claimedState(unit), unit.fingerprint(), unit.codeIds(), unit.lineBreaks());
    XliffUnit.Partial partial = unit.partial();
    if (partial == null) return checker.check(pair);
    TranslationPair translated = new TranslationPair(shown, unit.line(), unit.file().original(), unit.id(), source, target,
        partial.source(), partial.target(), claimedState(unit), null, unit.codeIds(), unit.lineBreaks());
    return checker.checkIncomplete(pair, translated, partial.untranslated(), partial.segments());
  }

  /**
   * The state the file gives the unit. The reader maps an empty target to "new"; for the checks an
   * empty target marked translated is worse than one never translated, so read the claim as if
   * there were a target.
   */
  private static String claimedState(XliffUnit unit) {
    if (unit.target() != null && !unit.target().isBlank() || unit.state() == null) return unit.targetState().spelling();
    TargetState claimed = unit.file().version().startsWith("1.")
        ? TargetState.fromXliff12(unit.state(), unit.stateQualifier(), unit.approved(), "x")
        : TargetState.fromXliff20(unit.state(), unit.subState(), "x");
    return claimed.spelling();
  }

  /** The refusal of a file that does not say its source or target language. */
  private static DeskException unsaid(String file, int line, String which) {
    return new DeskException(ExitCode.REJECTED, "%s:%d: the file does not say its %s language; give it with %s",
        file, line, which, which.equals("source") ? "--source-lang" : "--lang");
  }

  private static Language language(String file, int line, String written, Language fallback, String which) {
    if (written == null || written.isBlank()) {
      if (fallback != null) return fallback;
      throw unsaid(file, line, which);
    }
    try {
      return Language.parse(written);
    } catch (DeskException e) {
      if (fallback != null) return fallback;
      // A placeholder such as OmegaT's "xx" is well-formed: the checks that need no language still run.
      Language placeholder = Language.wellFormed(written);
      if (placeholder != null) return placeholder;
      throw new DeskException(ExitCode.REJECTED, "%s:%d: the %s language '%s' is not a BCP 47 tag; %s",
          file, line, which, written, which.equals("source") ? "fix the file or give --source-lang" : "fix the file or give --lang");
    }
  }
}
