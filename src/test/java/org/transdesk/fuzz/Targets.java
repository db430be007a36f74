package org.transdesk.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.transdesk.Language;
import org.transdesk.check.Checker;
import org.transdesk.check.TranslationPair;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.TermMatcher;
import org.transdesk.ingest.IngestFuzzTargets;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/** What each fuzzer feeds its input to: the same code paths import, lint and ingest run. */
final class Targets {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");

  private Targets() {}

  /** Reads an XLIFF file (1.2 or 2.x) and runs the basic checks on every unit, as import and lint do. */
  static void xliff(Path file) {
    Checker checker = Checker.basic();
    XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile f) {}

      @Override public void unit(XliffUnit unit) {
        unit.targetState();
        checker.check(TranslationPair.of(unit.id(), EN, DE, unit.source(), unit.target())
            .at(file.toString(), unit.line(), unit.file().original()).withFingerprint(unit.fingerprint()));
      }
    });
  }

  /** Loads a glossary file (CSV or TBX by extension) and matches a sentence against it, as lint does. */
  static void glossary(Path file) {
    Glossary glossary = Glossary.load(List.of(file));
    TermMatcher matcher = glossary.matcher(EN, DE);
    matcher.find("Kim Jong Un met US special envoy Sung Kim's team.");
    var target = matcher.target("Kim Jong-un traf den US-Sondergesandten Sung Kim.");
    glossary.entries().forEach(entry -> {
      target.approved(entry);
      target.forbidden(entry);
      target.nearMisses(entry);
    });
  }

  static void article(Path file, String format) throws Exception {
    IngestFuzzTargets.article(file, format);
  }

  static void srx(Path file) {
    IngestFuzzTargets.srx(file);
  }

  /** The format ingest gives a seed file by its extension. */
  static String format(Path file) {
    return switch (Fuzzing.extension(file)) {
      case "html", "htm" -> "html";
      case "md" -> "markdown";
      default -> "text";
    };
  }
}
