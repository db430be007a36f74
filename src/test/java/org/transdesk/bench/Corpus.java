package org.transdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of news-like material for the benchmark: English articles (headline,
 * standfirst, byline, paragraphs of 2-5 sentences of realistic length, with names, titles,
 * places, numbers, quotes and abbreviations such as "U.S.", "Gen.", "Dr.", "Jan."), the matching
 * XLIFF 1.2 / 2.0 files with German or French targets, and desk glossaries in CSV. The same seed
 * gives the same bytes. Every sentence is one SRX segment under transdesk's rules.
 */
public final class Corpus {
  /** Names the desk's glossary knows (the sample article's and more). */
  public static final List<String> NAMES = List.of(
      "Kim Jong Un", "Sung Kim", "Noh Kyu Duk", "Takehiro Funakoshi", "Joe Biden", "Donald Trump", "Moon Jae-in",
      "Antony Blinken", "Olaf Scholz", "Emmanuel Macron", "Annalena Baerbock", "Yoon Suk Yeol", "Fumio Kishida",
      "Xi Jinping", "Wang Yi", "Ursula von der Leyen", "Jens Stoltenberg", "Killian Jones", "Choe Son Hui",
      "Kamala Harris", "Lloyd Austin", "Park Jin", "Chung Eui-yong", "Linda Thomas-Greenfield");
  /** Titles with their German and French renderings. */
  public static final List<String[]> TITLES = List.of(
      new String[] {"US special envoy", "US-Sondergesandter", "envoyé spécial américain"},
      new String[] {"UN Security Council", "UN-Sicherheitsrat", "Conseil de sécurité de l'ONU"},
      new String[] {"Chief-Editor", "Chefredakteur", "rédacteur en chef"},
      new String[] {"foreign minister", "Außenminister", "ministre des Affaires étrangères"},
      new String[] {"defence minister", "Verteidigungsminister", "ministre de la Défense"},
      new String[] {"chief negotiator", "Chefunterhändler", "négociateur en chef"},
      new String[] {"Secretary of State", "Außenminister", "secrétaire d'État"},
      new String[] {"national security adviser", "Nationaler Sicherheitsberater", "conseiller à la sécurité nationale"},
      new String[] {"state broadcaster", "Staatssender", "télévision d'État"},
      new String[] {"ruling Labor Party", "regierende Arbeiterpartei", "Parti du travail au pouvoir"});
  private static final List<String> PLACES = List.of(
      "Seoul", "Pyongyang", "Washington", "Tokyo", "Beijing", "Berlin", "Paris", "Hanoi", "Singapore", "Geneva",
      "New York", "Brussels", "Panmunjom", "Vladivostok", "Osaka");
  private static final List<String> HONORIFICS = List.of("Gen.", "Dr.", "Mr.", "Mrs.", "Prof.", "Sen.");
  private static final List<String> MONTHS = List.of("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");
  private static final List<String> VERBS = List.of("said", "told reporters", "stressed", "added", "warned", "insisted",
      "announced", "confirmed", "denied", "suggested");
  private static final List<String> TOPICS = List.of("the nuclear weapons program", "the sanctions", "food shortages",
      "the missile tests", "the border crossings", "humanitarian aid", "the joint military drills", "the summit",
      "the trade talks", "the pandemic measures", "the prisoner exchange", "the energy crisis");
  private static final List<String> FILLERS = List.of("at the same time", "according to officials", "in a statement",
      "late on Sunday", "for the first time in years", "without any preconditions", "behind closed doors",
      "after weeks of silence", "despite strong objections", "in the South Korean capital");
  private static final List<String> ADJECTIVES = List.of("largely isolated", "impoverished", "increasingly nervous",
      "closely watched", "long-awaited", "highly controversial", "graduated practical", "low-threshold");

  private final SplittableRandom random;

  public Corpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** One generated article: its file name, headline, and paragraphs of sentences (line 0 is the headline). */
  public record Article(String name, List<List<String>> paragraphs) {
    public int sentences() {
      return paragraphs.stream().mapToInt(List::size).sum();
    }

    /** The plain-text form ingest reads: one paragraph per line, blank lines between. */
    public String text() {
      StringBuilder out = new StringBuilder();
      for (List<String> paragraph : paragraphs) {
        out.append(String.join(paragraph.size() == 4 && paragraph.get(0).startsWith("Author:") ? "\n" : " ", paragraph)).append("\n\n");
      }
      return out.toString();
    }

    /** Every sentence in order. */
    public List<String> sentenceList() {
      return paragraphs.stream().flatMap(List::stream).toList();
    }
  }

  /** The next article, about {@code sentences} sentences long (headline, standfirst, body, byline). */
  public Article article(int index, int sentences) {
    List<List<String>> paragraphs = new ArrayList<>();
    String headline = headline();
    paragraphs.add(List.of(headline));
    paragraphs.add(List.of(sentence()));
    int left = Math.max(1, sentences - 6);
    while (left > 0) {
      int size = Math.min(left, 2 + random.nextInt(4));
      List<String> paragraph = new ArrayList<>();
      for (int i = 0; i < size; i++) paragraph.add(sentence());
      paragraphs.add(paragraph);
      left -= size;
    }
    String author = pick(NAMES);
    paragraphs.add(List.of("Author: " + author, "Function: " + pick(TITLES)[0],
        "E-mail: " + author.toLowerCase(Locale.ROOT).replace(' ', '.') + "@ustv.online", "Rate author"));
    return new Article(String.format(Locale.ROOT, "article-%06d.txt", index), paragraphs);
  }

  /**
   * Writes articles of about 40 sentences each into {@code folder} until they hold at least
   * {@code segments} sentences; returns the number of sentences written.
   */
  public int writeArticles(Path folder, int segments) {
    return writeArticles(folder, segments, 40);
  }

  public int writeArticles(Path folder, int segments, int perArticle) {
    try {
      Files.createDirectories(folder);
      int written = 0;
      int index = 0;
      while (written < segments) {
        Article article = article(index++, Math.min(perArticle, Math.max(8, segments - written)));
        Files.writeString(folder.resolve(article.name()), article.text(), StandardCharsets.UTF_8);
        written += article.sentences();
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one article of {@code segments} sentences into one file (for the one-big-file case). */
  public int writeOneArticle(Path file, int segments) {
    Article article = article(0, segments);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, article.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return article.sentences();
  }

  /**
   * Writes an XLIFF 1.2 file of {@code segments} units (ids 1..n, original {@code original}) with
   * source sentences and, when {@code lang} is not null, pseudo-translated targets in state
   * "translated" that keep every name and use the glossary's title renderings.
   */
  public void writeXliff12(Path file, String original, int segments, String lang) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.write("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
      out.write("<file original=\"" + xml(original) + "\" source-language=\"en\" target-language=\"" + (lang == null ? "de" : lang)
          + "\" datatype=\"plaintext\"><body>\n");
      for (int id = 1; id <= segments; id++) {
        String[] pair = translatedPair(lang);
        out.write("<trans-unit id=\"" + id + "\"><source>" + xml(pair[0]) + "</source>");
        if (lang != null) out.write("<target state=\"translated\">" + xml(pair[1]) + "</target>");
        out.write("</trans-unit>\n");
      }
      out.write("</body></file></xliff>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same as {@link #writeXliff12} in XLIFF 2.0 (units with one segment, state "translated"). */
  public void writeXliff20(Path file, String original, int segments, String lang) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.write("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\""
          + (lang == null ? "de" : lang) + "\">\n<file id=\"f1\" original=\"" + xml(original) + "\">\n");
      for (int id = 1; id <= segments; id++) {
        String[] pair = translatedPair(lang);
        out.write("<unit id=\"" + id + "\"><segment" + (lang == null ? "" : " state=\"translated\"") + "><source>"
            + xml(pair[0]) + "</source>");
        if (lang != null) out.write("<target>" + xml(pair[1]) + "</target>");
        out.write("</segment></unit>\n");
      }
      out.write("</file>\n</xliff>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a glossary CSV (type, source, target_lang, target, forbidden, match, note) with every
   * name and title above and then generated names until it has {@code entries} entries.
   */
  public void writeGlossaryCsv(Path file, int entries) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("type,source,target_lang,target,forbidden,match,note\n");
      int written = 0;
      for (String[] title : TITLES) {
        if (written >= entries) break;
        out.write("title," + csv(title[0]) + ",de," + csv(title[1]) + ",,inflected,\n");
        out.write("title," + csv(title[0]) + ",fr," + csv(title[2]) + ",,inflected,\n");
        written++;
      }
      for (String name : NAMES) {
        if (written >= entries) break;
        out.write("name," + csv(name) + ",*,,,exact,\n");
        written++;
      }
      while (written < entries) {
        out.write("name," + csv(syntheticName(written)) + ",*,,,exact,generated\n");
        written++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source sentence and its pseudo-translation (names kept, titles rendered as the glossary says). */
  private String[] translatedPair(String lang) {
    String name = pick(NAMES);
    String[] title = pick(TITLES);
    String place = pick(PLACES);
    String source = "The " + title[0] + " " + name + " " + pick(VERBS) + " in " + place + " that " + pick(TOPICS)
        + " would be discussed " + pick(FILLERS) + ".";
    if (lang == null) return new String[] {source, null};
    String target = lang.startsWith("fr")
        ? "Le " + title[2] + " " + name + " a déclaré à " + place + " que le sujet serait abordé."
        : "Der " + title[1] + " " + name + " sagte in " + place + ", das Thema werde besprochen.";
    return new String[] {source, target};
  }

  private String syntheticName(int n) {
    String[] first = {"Min", "Ji", "Hye", "Sang", "Tae", "Young", "Soo", "Jae", "Eun", "Hyun"};
    String[] last = {"Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"};
    return last[n % last.length] + " " + first[(n / 10) % first.length] + "-" + first[(n / 100) % first.length].toLowerCase(Locale.ROOT)
        + (n >= 1000 ? " " + (char) ('A' + (n / 1000) % 26) + Integer.toString(n / 26_000) : "");
  }

  private String headline() {
    return switch (random.nextInt(3)) {
      case 0 -> "“" + capital(pick(FILLERS)) + "”: " + pick(PLACES) + " open to talks on " + pick(TOPICS);
      case 1 -> pick(NAMES) + " warns of " + pick(TOPICS);
      default -> capital(pick(TOPICS)) + " dominate meeting in " + pick(PLACES);
    };
  }

  /** One sentence of 6 to 40 words; about one in four carries an abbreviation. */
  String sentence() {
    String name = pick(NAMES);
    String[] title = pick(TITLES);
    StringBuilder s = new StringBuilder();
    switch (random.nextInt(7)) {
      case 0 -> s.append("The ").append(title[0]).append(' ').append(name).append(' ').append(pick(VERBS))
          .append(" that ").append(pick(TOPICS)).append(" would remain on the agenda");
      case 1 -> s.append(pick(HONORIFICS)).append(' ').append(last(name)).append(" met ").append(pick(NAMES))
          .append(" in ").append(pick(PLACES)).append(" on ").append(pick(MONTHS)).append(' ').append(1 + random.nextInt(28));
      case 2 -> s.append("“We will ").append(pick(List.of("not give up", "continue the dialogue", "respond firmly", "meet anywhere, anytime")))
          .append(",” ").append(name).append(' ').append(pick(VERBS));
      case 3 -> s.append("The U.S. ").append(pick(List.of("delegation", "government", "embassy", "envoy"))).append(" in ")
          .append(pick(PLACES)).append(' ').append(pick(VERBS)).append(' ').append(pick(FILLERS))
          .append(" that ").append(1 + random.nextInt(900)).append(" people had been affected by ").append(pick(TOPICS));
      case 4 -> s.append(capital(pick(FILLERS))).append(", the ").append(pick(ADJECTIVES)).append(" country ")
          .append(pick(List.of("rejected", "welcomed", "ignored", "criticised"))).append(' ').append(pick(TOPICS));
      case 5 -> s.append("According to the ").append(title[0]).append(", ").append(pick(TOPICS)).append(" cost ")
          .append(1 + random.nextInt(99)).append('.').append(random.nextInt(10)).append(" million dollars in ")
          .append(2015 + random.nextInt(10));
      default -> s.append(name).append(" and ").append(pick(NAMES)).append(" discussed ").append(pick(TOPICS))
          .append(' ').append(pick(FILLERS)).append(", but ").append(pick(List.of("no agreement was reached",
              "details have not yet been disclosed", "experts doubt the information", "both sides remained cautious")));
    }
    int extra = random.nextInt(4);
    for (int i = 0; i < extra; i++) s.append(", ").append(pick(FILLERS));
    return s.append('.').toString();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String last(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String csv(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
