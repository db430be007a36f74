package org.transdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Inputs of the lint stages, generated once and cached under target/bench/lint/: a TBX-Basic
 * (2008 form, which both transdesk and Okapi read) glossary of N concepts — the sample desk's
 * names and titles, then generated names, titles and terms — and a folder of XLIFF 1.2 files of
 * 1,000 units each, en→de, whose sentences use concepts drawn from the whole glossary, about one
 * in twenty with a translator's mistake (a forbidden spelling, half a name, a changed year).
 */
final class LintFixtures {
  static final long SEED = 20240601L;
  static final int UNITS_PER_FILE = 1000;

  /** A concept: type, English source, approved German rendering, forbidden German rendering (or ""). */
  record Concept(String type, String source, String target, String forbidden) {}

  private static final Concept[] REAL = {
      new Concept("name", "Kim Jong Un", "Kim Jong Un", "Kim Jong-un"),
      new Concept("name", "Sung Kim", "Sung Kim", "Kim Sung"),
      new Concept("name", "Noh Kyu Duk", "Noh Kyu Duk", "Noh Kyu-duk"),
      new Concept("name", "Takehiro Funakoshi", "Takehiro Funakoshi", ""),
      new Concept("name", "Pyongyang", "Pjöngjang", "Pjongjang"),
      new Concept("name", "North Korea", "Nordkorea", "Nord-Korea"),
      new Concept("name", "Joe Biden", "Joe Biden", ""),
      new Concept("name", "Donald Trump", "Donald Trump", ""),
      new Concept("title", "US special envoy", "US-Sondergesandter", "Sonderbotschafter"),
      new Concept("title", "chief negotiator", "Chefunterhändler", "Chefverhandler"),
      new Concept("title", "ruler", "Machthaber", "Herrscher"),
      new Concept("term", "sanctions", "Sanktionen", ""),
  };

  private static final String[] SYLLABLES = {"ka", "ri", "mo", "sen", "tu", "lan", "ve", "dor", "mi", "sha", "no", "bel", "ga", "ru", "ten", "hu"};

  private LintFixtures() {}

  static Path root() {
    return Path.of(System.getProperty("bench.dir", "target/bench")).resolve("lint");
  }

  /** The glossary's concepts, the real ones first. */
  static List<Concept> concepts(int entries) {
    Random random = new Random(SEED);
    List<Concept> concepts = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) concepts.add(i < REAL.length ? REAL[i] : generated(random, i));
    return concepts;
  }

  /** The TBX 2008 glossary of {@code entries} concepts (built once). */
  static synchronized Path glossary(int entries) {
    Path file = root().resolve("glossary-" + entries + ".tbx");
    if (Files.exists(file)) return file;
    try {
      Files.createDirectories(file.getParent());
      Path building = file.resolveSibling(file.getFileName() + ".building");
      try (Writer out = Files.newBufferedWriter(building, StandardCharsets.UTF_8)) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\">\n"
            + "<martifHeader><fileDesc><sourceDesc><p>generated for the lint benchmark</p></sourceDesc></fileDesc></martifHeader>\n"
            + "<text><body>\n");
        int id = 0;
        for (Concept concept : concepts(entries)) {
          out.write("<termEntry id=\"c" + id++ + "\">");
          if (concept.type().equals("title")) out.write("<descrip type=\"subjectField\">title</descrip>");
          String pos = concept.type().equals("name") ? "properNoun" : "noun";
          out.write("<langSet xml:lang=\"en\"><tig><term>" + concept.source() + "</term><termNote type=\"partOfSpeech\">" + pos
              + "</termNote></tig></langSet>");
          out.write("<langSet xml:lang=\"de\"><tig><term>" + concept.target() + "</term><termNote type=\"partOfSpeech\">" + pos
              + "</termNote><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></tig>");
          if (!concept.forbidden().isEmpty()) {
            out.write("<tig><term>" + concept.forbidden() + "</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>");
          }
          out.write("</langSet></termEntry>\n");
        }
        out.write("</body></text>\n</martif>\n");
      }
      Files.move(building, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder of XLIFF files holding {@code segments} units that use the glossary of {@code entries} concepts. */
  static synchronized Path xliff(int segments, int entries) {
    Path folder = root().resolve("xliff-" + segments + "-" + entries);
    Path done = folder.resolveSibling(folder.getFileName() + ".done");
    if (Files.exists(done)) return folder;
    try {
      Files.createDirectories(folder);
      List<Concept> concepts = concepts(entries);
      List<Concept> names = new ArrayList<>();
      List<Concept> titles = new ArrayList<>();
      for (Concept concept : concepts) (concept.type().equals("name") ? names : titles).add(concept);
      Random random = new Random(SEED + segments);
      int written = 0;
      for (int file = 0; written < segments; file++) {
        Path path = folder.resolve(String.format(Locale.ROOT, "article-%05d.de.xlf", file));
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
          out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
              + "<file original=\"articles/article-" + file + ".txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>\n");
          for (int unit = 1; unit <= UNITS_PER_FILE && written < segments; unit++, written++) {
            String[] pair = sentence(random, names, titles);
            out.write("<trans-unit id=\"" + unit + "\"><source>" + pair[0] + "</source><target state=\"translated\">" + pair[1]
                + "</target></trans-unit>\n");
          }
          out.write("</body></file>\n</xliff>\n");
        }
      }
      Files.createFile(done);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One source/target pair: a title and two names, a year and a count; one in twenty has a mistake. */
  static String[] sentence(Random random, List<Concept> names, List<Concept> titles) {
    Concept title = titles.get(random.nextInt(titles.size()));
    Concept first = names.get(random.nextInt(names.size()));
    Concept second = names.get(random.nextInt(names.size()));
    int year = 1990 + random.nextInt(35);
    int count = 2 + random.nextInt(3000);
    String firstTarget = first.target();
    String titleTarget = title.target();
    int wrongYear = year;
    switch (random.nextInt(60)) {
      case 0 -> firstTarget = first.forbidden().isEmpty() ? firstTarget : first.forbidden();
      case 1 -> firstTarget = firstTarget.substring(firstTarget.lastIndexOf(' ') + 1);
      case 2 -> titleTarget = title.forbidden().isEmpty() ? "Beauftragter" : title.forbidden();
      case 3 -> wrongYear = year - 1;
      default -> { }
    }
    String source = String.format(Locale.ROOT,
        "The %s %s met %s in %d to discuss %,d proposals on the talks, according to officials.",
        title.source(), first.source(), second.source(), year, count);
    String target = String.format(Locale.ROOT,
        "Der %s %s traf %d %s, um laut Beamten über %s Vorschläge zu den Gesprächen zu beraten.",
        titleTarget, firstTarget, wrongYear, second.target(), String.format(Locale.GERMANY, "%,d", count));
    return new String[] {source, target};
  }

  private static Concept generated(Random random, int i) {
    int kind = i % 10;
    String type = kind < 5 ? "name" : kind < 8 ? "title" : "term";
    boolean capital = type.equals("name");
    int words = type.equals("term") ? 1 : 1 + random.nextInt(2);
    StringBuilder source = new StringBuilder();
    for (int w = 0; w < words; w++) source.append(word(random, capital)).append(' ');
    source.append(unique(i, capital));
    String target = capital ? source.toString() : capitalized(unique(i, false)) + "er";
    String forbidden = random.nextInt(4) != 0 ? "" : capital ? source.toString().replace(' ', '-') : capitalized(unique(i, false)) + "ling";
    return new Concept(type, source.toString(), target, forbidden);
  }

  /** A word no other concept has, so every generated concept stays its own entry. */
  private static String unique(int i, boolean capital) {
    StringBuilder word = new StringBuilder();
    for (int n = i; n > 0; n /= SYLLABLES.length) word.append(SYLLABLES[n % SYLLABLES.length]);
    word.append("x");
    return capital ? capitalized(word.toString()) : word.toString();
  }

  private static String word(Random random, boolean capital) {
    StringBuilder word = new StringBuilder();
    int length = 2 + random.nextInt(3);
    for (int s = 0; s < length; s++) word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    return capital ? capitalized(word.toString()) : word.toString();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
