package org.transdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;
import org.transdesk.Language;
import org.transdesk.check.Checker;
import org.transdesk.check.Finding;
import org.transdesk.check.Lint;
import org.transdesk.check.TranslationPair;
import org.transdesk.glossary.Glossary;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * The lint stages. {@code lint-gN}: the whole {@code transdesk lint} command run through the
 * {@code ./transdesk} launcher as a user runs it (its JVM options and class archive; JAVA_OPTS
 * replaces the options as there), start-up included, on SIZE segments (XLIFF files of 1,000 units)
 * against a TBX glossary of N entries: glossary loading, XML reading, every check, text output. The
 * notes give the lint process's own CPU seconds and peak RSS (see {@link Launched}). {@code okapi-terms-gN}: Okapi's
 * QualityChecker with only its terminology check (string mode, so multiword terms are found) on
 * the same units and glossary, its checking stopped after a time budget ({@code
 * -Dbench.okapi.seconds}, default 20) because it is slow at large glossaries; then transdesk's
 * checker on the same in-memory units. The notes give both glossary loading times and checking
 * rates, and their ratio; the row's segments/s covers the whole stage.
 */
final class LintStage implements Bench.Stage {
  @Override
  public boolean inThisJvm() {
    return false;
  }

  static final int[] GLOSSARIES = {100, 10_000, 100_000};

  /** The units count of lint's summary line on stderr ("lint: 300 files, 300000 units: ..."). */
  private static final Pattern SUMMARY = Pattern.compile("^lint: [\\d,]+ files?, (\\d+) units?");

  private final int entries;

  private LintStage(int entries) {
    this.entries = entries;
  }

  static void register(Map<String, Bench.Stage> stages) {
    for (int entries : GLOSSARIES) stages.put("lint-g" + label(entries), new LintStage(entries));
    for (int entries : GLOSSARIES) stages.put("okapi-terms-g" + label(entries), new OkapiTerms(entries));
  }

  static String label(int entries) {
    return entries >= 1000 ? entries / 1000 + "k" : String.valueOf(entries);
  }

  @Override
  public Object prepare(Path work, int size) throws IOException {
    Path[] inputs = {LintFixtures.glossary(entries).toAbsolutePath(), LintFixtures.xliff(size, entries).toAbsolutePath()};
    Fixtures.launcherReady();
    return inputs;
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) throws Exception {
    Path[] inputs = (Path[]) prepared;
    Launched lint = Launched.run(work, "lint", List.of("lint", "--fail-on", "never", "--glossary", inputs[0].toString(), inputs[1].toString()));
    if (lint.exitCode() != 0) throw new IllegalStateException("./transdesk lint exited " + lint.exitCode() + ": " + lint.lastErrorLine());
    Matcher units = null;
    for (String line : Files.readAllLines(lint.stderr())) {
      Matcher summary = SUMMARY.matcher(line);
      if (summary.find()) units = summary;
    }
    if (units == null) throw new IllegalStateException("./transdesk lint printed no summary: " + lint.lastErrorLine());
    long findings;
    try (Stream<String> lines = Files.lines(lint.stdout())) {
      findings = lines.count();
    }
    String javaOpts = System.getenv("JAVA_OPTS");
    return new Bench.Outcome(Long.parseLong(units.group(1)), String.format(Locale.ROOT,
        "./transdesk lint: cpu %.2f s, peak RSS %d MB; %,d findings; glossary %,d entries%s", lint.cpuSeconds(), lint.rssKb() / 1024,
        findings, entries, javaOpts == null || javaOpts.isBlank() ? "" : "; JAVA_OPTS=" + javaOpts.strip()));
  }

  /** The source/target pairs of an XLIFF folder, read once, untimed. */
  static List<String[]> units(Path folder) {
    List<String[]> units = new ArrayList<>();
    for (Path file : Lint.files(List.of(folder.toString()))) {
      XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
        @Override public void file(XliffFile xliffFile) {}

        @Override public void unit(XliffUnit unit) {
          units.add(new String[] {unit.id(), unit.source(), unit.target()});
        }
      });
    }
    return units;
  }

  /** Okapi's terminology check on the same data, and transdesk's checker on the same in-memory units. */
  static final class OkapiTerms implements Bench.Stage {
    private final int entries;

    OkapiTerms(int entries) {
      this.entries = entries;
    }

    @Override
    public Object prepare(Path work, int size) {
      Path glossary = LintFixtures.glossary(entries);
      return new Object[] {glossary, units(LintFixtures.xliff(size, entries))};
    }

    @Override
    @SuppressWarnings("unchecked")
    public Bench.Outcome run(Object prepared, Path work, int size) {
      Path glossary = (Path) ((Object[]) prepared)[0];
      List<String[]> units = (List<String[]>) ((Object[]) prepared)[1];
      double budget = Double.parseDouble(System.getProperty("bench.okapi.seconds", "20"));

      long start = System.nanoTime();
      QualityCheckSession session = new QualityCheckSession();
      session.setParameters(termsOnly(glossary));
      LocaleId en = LocaleId.fromBCP47("en");
      LocaleId de = LocaleId.fromBCP47("de");
      session.startProcess(en, de);
      StartDocument document = new StartDocument("bench");
      document.setName("bench.xlf");
      document.setMultilingual(true);
      session.processStartDocument(document, null);
      long loaded = System.nanoTime();
      int done = 0;
      for (String[] unit : units) {
        TextUnit tu = new TextUnit(unit[0]);
        tu.setSourceContent(new TextFragment(plain(unit[1])));
        tu.setTargetContent(de, new TextFragment(plain(unit[2])));
        session.processTextUnit(tu);
        done++;
        if ((done & 15) == 0 && (System.nanoTime() - loaded) / 1e9 > budget) break;
      }
      long checked = System.nanoTime();
      double okapiLoad = (loaded - start) / 1e9;
      double okapiRate = done / ((checked - loaded) / 1e9);
      int okapiIssues = session.getIssues().size();

      Language source = Language.parse("en");
      Language target = Language.parse("de");
      long ours = System.nanoTime();
      Checker checker = Checker.withGlossary(Glossary.load(List.of(glossary)).matcher(source, target));
      long oursLoaded = System.nanoTime();
      long findings = 0;
      for (String[] unit : units) {
        List<Finding> found = checker.check(TranslationPair.of(unit[0], source, target, unit[1], unit[2]).withState("translated"));
        findings += found.size();
      }
      double oursLoad = (oursLoaded - ours) / 1e9;
      double oursRate = units.size() / ((System.nanoTime() - oursLoaded) / 1e9);
      String note = String.format(Locale.ROOT,
          "Okapi QualityChecker, terminology only: glossary %.2f s, then %,.0f seg/s checking (%s, %,d issues) | "
              + "transdesk checker, every check, same units in memory: glossary %.2f s, then %,.0f seg/s (%,d findings) | "
              + "checking ratio %.0fx",
          okapiLoad, okapiRate, done < units.size() ? "stopped after " + done + " units, " + Math.round(budget) + " s" : "all units",
          okapiIssues, oursLoad, oursRate, findings, oursRate / okapiRate);
      return new Bench.Outcome(units.size(), note);
    }

    private static Parameters termsOnly(Path glossary) {
      Parameters p = new Parameters();
      p.reset();
      p.setLeadingWS(false);
      p.setTrailingWS(false);
      p.setEmptyTarget(false);
      p.setEmptySource(false);
      p.setTargetSameAsSource(false);
      p.setCodeDifference(false);
      p.setCheckPatterns(false);
      p.setCheckWithLT(false);
      p.setCheckXliffSchema(false);
      p.setCheckAllowedCharacters(false);
      p.setCheckCharacters(false);
      p.setCheckStorageSize(false);
      p.setCheckMaxCharLength(false);
      p.setCheckMinCharLength(false);
      p.setCheckAbsoluteMaxCharLength(false);
      p.setDoubledWord(false);
      p.setCheckBlacklist(false);
      p.setCheckTerms(true);
      p.setStringMode(true);
      p.setBetweenCodes(false);
      p.setTermsPath(glossary.toString());
      return p;
    }

    /** The neutral form's text: these generated units have no codes, only escapes. */
    private static String plain(String neutral) {
      return neutral.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
  }
}
