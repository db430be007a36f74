package org.transdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.transdesk.Language;
import org.transdesk.glossary.Entry;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.TargetText;
import org.transdesk.glossary.TermMatcher;

/**
 * Inputs for the glossary benchmark stages ({@link GlossaryStage}, run through {@code bench/run}),
 * and a stand-alone version of them that runs every size in one JVM: for each size, writes a TBX-Basic 2019 glossary of that many
 * concepts (the desk's real entries plus generated names, titles and terms), times loading it,
 * then matches the same source/target segment pairs against it (find in the source, then
 * approved/forbidden/near misses in the target for every entry found) and reports segments/s.
 * Wall-clock and this thread's CPU time are both reported: on a shared machine the CPU figure is
 * the one that compares between runs.
 */
public final class GlossaryBench {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private GlossaryBench() {}

  public static void main(String[] args) throws IOException {
    int[] sizes = args.length == 0 ? new int[] {100, 10_000, 100_000} : parseSizes(args[0]);
    int segments = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    run(sizes, segments, System.out);
  }

  static int[] parseSizes(String text) {
    String[] parts = text.split(",");
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) sizes[i] = Integer.parseInt(parts[i].strip().replace("_", ""));
    return sizes;
  }

  public static void run(int[] sizes, int segmentCount, PrintStream out) throws IOException {
    Path dir = Files.createTempDirectory("transdesk-glossary-bench");
    List<String[]> pairs = segments(segmentCount);
    out.printf(Locale.ROOT, "%-8s %8s %10s %8s %8s %9s %11s %11s %8s%n",
        "stage", "entries", "tbx-MB", "load-ms", "load-cpu", "index-ms", "segments/s", "seg/s-cpu", "heap-MB");
    for (int size : sizes) {
      Path tbx = dir.resolve("glossary-" + size + ".tbx");
      writeTbx(tbx, size);
      Glossary.load(List.of(tbx));  // warm-up: class loading and JIT, as a second run of the command would see
      resetPeak();
      long loadStart = System.nanoTime();
      long loadCpu = THREADS.getCurrentThreadCpuTime();
      Glossary glossary = Glossary.load(List.of(tbx));
      long loadNanos = System.nanoTime() - loadStart;
      loadCpu = THREADS.getCurrentThreadCpuTime() - loadCpu;
      long indexStart = System.nanoTime();
      TermMatcher matcher = glossary.matcher(EN, DE);
      long indexNanos = System.nanoTime() - indexStart;
      long found = 0;
      for (int pass = 0; pass < 3; pass++) found = match(matcher, pairs);  // warm-up: let the JIT settle
      long matchNanos = Long.MAX_VALUE;
      long matchCpu = Long.MAX_VALUE;
      for (int pass = 0; pass < 3; pass++) {  // best of three
        long matchStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        found = match(matcher, pairs);
        matchNanos = Math.min(matchNanos, System.nanoTime() - matchStart);
        matchCpu = Math.min(matchCpu, THREADS.getCurrentThreadCpuTime() - cpuStart);
      }
      out.printf(Locale.ROOT, "%-8s %8d %10.1f %8.0f %8.0f %9.0f %11.0f %11.0f %8.0f   (%d found)%n", "glossary", glossary.size(),
          Files.size(tbx) / 1048576.0, loadNanos / 1e6, loadCpu / 1e6, indexNanos / 1e6, pairs.size() / (matchNanos / 1e9),
          pairs.size() / (matchCpu / 1e9), peakHeapMegabytes(), found);
      Files.delete(tbx);
    }
    Files.delete(dir);
  }

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

  private static void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  private static double peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return peak / 1048576.0;
  }
}
