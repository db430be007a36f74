package org.transdesk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.transdesk.glossary.Entry;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.TargetText;
import org.transdesk.glossary.TermMatcher;

/**
 * Inputs for the glossary benchmark stages ({@link GlossaryStage}): a generated TBX-Basic 2019
 * glossary of a given size (the desk's real names and titles first, then generated names, titles
 * and terms, each with German and French renderings and some forbidden variants), source/target
 * pairs from the sample article's world, and the matching a glossary check does per pair.
 */
final class GlossaryFixtures {

  private GlossaryFixtures() {}

  static long match(TermMatcher matcher, List<String[]> pairs) {
    long found = 0;
    for (String[] pair : pairs) {
      List<Match> matches = matcher.find(pair[0]);
      TargetText target = matcher.target(pair[1]);
      // What a glossary check does: approved and forbidden renderings, near misses only on a shortfall.
      for (Map.Entry<Entry, Integer> counted : TermMatcher.count(matches).entrySet()) {
        Entry entry = counted.getKey();
        int approved = target.approved(entry).size();
        found += approved + target.forbidden(entry).size();
        if (approved < counted.getValue()) found += target.nearMisses(entry).size();
      }
    }
    return found;
  }

  /** Source/target pairs from the sample article's world: names, titles, inflection, misspellings. */
  static List<String[]> segments(int count) {
    String[][] base = {
        {"Washington continues to hope that Pyongyang will respond positively, said US special envoy Sung Kim in the South Korean capital, Seoul.",
         "Washington hofft weiter, dass Pjöngjang positiv reagiert, sagte der US-Sondergesandte Sung Kim in der südkoreanischen Hauptstadt Seoul."},
        {"There he conferred with the chief negotiators of South Korea and Japan, Noh Kyu Duk and Takehiro Funakoshi.",
         "Dort beriet er sich mit den Chefunterhändlern Südkoreas und Japans, Noh Kyu-duk und Takehiro Funakoshi."},
        {"North Korea’s ruler Kim Jong Un said at a meeting of the ruling Labor Party last week that his government must be prepared.",
         "Nordkoreas Machthaber Kim Jong-un sagte bei einem Treffen der regierenden Arbeiterpartei, seine Regierung müsse vorbereitet sein."},
        {"The USA continued to implement the UN Security Council’s sanctions against North Korea.",
         "Die USA setzten die Sanktionen des UN-Sicherheitsrates gegen Nordkorea weiter um."},
        {"The negotiations have not made any progress since a failed summit in Vietnam in 2019 – at that time with Donald Trump as US President.",
         "Die Verhandlungen kommen seit einem gescheiterten Gipfel in Vietnam 2019 nicht voran – damals mit Donald Trump als US-Präsident."},
        {"According to reports from the state broadcaster KCTV, he discussed emergency measures with senior officials.",
         "Laut Berichten des Staatssenders KCTV besprach er Notmaßnahmen mit hohen Funktionären."},
    };
    List<String[]> pairs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) pairs.add(base[i % base.length]);
    return pairs;
  }

  /** A TBX-Basic 2019 file: the desk's titles and names first, then generated concepts up to {@code size}. */
  static void writeTbx(Path file, int size) throws IOException {
    Random random = new Random(42);
    String[][] real = {
        {"name", "Kim Jong Un", "Kim Jong Un", "Kim Jong-un"}, {"name", "Sung Kim", "Sung Kim", "Kim Sung"},
        {"name", "Noh Kyu Duk", "Noh Kyu Duk", "Noh Kyu-duk"}, {"name", "Takehiro Funakoshi", "Takehiro Funakoshi", ""},
        {"name", "Pyongyang", "Pjöngjang", "Pyöngyang"}, {"name", "Seoul", "Seoul", ""}, {"name", "Washington", "Washington", ""},
        {"name", "North Korea", "Nordkorea", "Nord-Korea"}, {"name", "South Korea", "Südkorea", ""}, {"name", "Japan", "Japan", ""},
        {"name", "Vietnam", "Vietnam", ""}, {"name", "Donald Trump", "Donald Trump", ""}, {"name", "KCTV", "KCTV", ""},
        {"name", "UN Security Council", "UN-Sicherheitsrat", "UNO-Sicherheitsrat"}, {"name", "Labor Party", "Arbeiterpartei", ""},
        {"title", "US special envoy", "US-Sondergesandter", "Sonderbotschafter"}, {"title", "chief negotiator", "Chefunterhändler", ""},
        {"title", "ruler", "Machthaber", "Herrscher"}, {"title", "US President", "US-Präsident", ""}, {"term", "sanction", "Sanktion", ""},
    };
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body>\n");
      for (int i = 0; i < size; i++) {
        String[] concept = i < real.length ? real[i] : generated(random, i);
        out.write("<conceptEntry id=\"c" + i + "\">");
        if (concept[0].equals("title")) out.write("<descrip type=\"subjectField\">title</descrip>");
        String pos = concept[0].equals("name") ? "properNoun" : "noun";
        out.write("<langSec xml:lang=\"en\"><termSec><term>" + concept[1] + "</term><termNote type=\"partOfSpeech\">" + pos + "</termNote></termSec></langSec>");
        out.write("<langSec xml:lang=\"de\"><termSec><term>" + concept[2] + "</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec>");
        if (!concept[3].isEmpty()) {
          out.write("<termSec><term>" + concept[3] + "</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></termSec>");
        }
        out.write("</langSec><langSec xml:lang=\"fr\"><termSec><term>" + concept[2] + "</term></termSec></langSec></conceptEntry>\n");
      }
      out.write("</body></text>\n</tbx>\n");
    }
  }

  private static final String[] SYLLABLES = {"ka", "ri", "mo", "sen", "tu", "lan", "ve", "dor", "mi", "sha", "no", "bel", "ga", "ru", "ten", "hu"};

  private static String[] generated(Random random, int i) {
    int kind = i % 10;
    String type = kind < 4 ? "name" : kind < 7 ? "title" : "term";
    int words = type.equals("term") ? 1 + random.nextInt(2) : 2 + random.nextInt(2);
    StringBuilder source = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) source.append(' ');
      source.append(word(random, type.equals("name")));
    }
    source.append(' ').append(unique(i, type.equals("name")));
    String target = type.equals("name") ? source.toString() : word(random, false) + "er";
    String forbidden = random.nextInt(4) == 0 ? source.toString().replace(' ', '-') : "";
    return new String[] {type, source.toString(), target, forbidden};
  }

  /** A word no other concept has, so every generated concept stays its own entry. */
  private static String unique(int i, boolean capital) {
    StringBuilder word = new StringBuilder();
    for (int n = i; n > 0; n /= SYLLABLES.length) word.append(SYLLABLES[n % SYLLABLES.length]);
    if (capital) word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    return word.toString();
  }

  private static String word(Random random, boolean capital) {
    StringBuilder word = new StringBuilder();
    int length = 2 + random.nextInt(3);
    for (int s = 0; s < length; s++) word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    if (capital) word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    return word.toString();
  }
}
