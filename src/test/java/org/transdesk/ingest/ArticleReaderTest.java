package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.Language;
import org.transdesk.store.SourceSegment;

class ArticleReaderTest {
  private static final SentenceRules RULES = SentenceRules.standard();

  static List<SourceSegment> read(String text, Format format, String lang) {
    List<SourceSegment> segments = new ArrayList<>();
    new ArticleReader(RULES).read("test", text, format, Language.parse(lang), segments::add);
    return segments;
  }

  static List<String> sources(String text, Format format, String lang) {
    return read(text, format, lang).stream().map(SourceSegment::source).toList();
  }

  @Test
  void sampleKeepsHeadlineStandfirstBylineAndParagraphsApart() throws Exception {
    String text = Files.readString(Path.of("articles/north-korea-talks.txt"));
    List<SourceSegment> segments = read(text, Format.TEXT, "en");
    List<String> sources = segments.stream().map(SourceSegment::source).toList();
    assertEquals(37, segments.size());
    assertEquals("“Anytime, without preconditions”: USA open to meetings with North Korea", sources.get(0));
    assertEquals("Add a comment", sources.get(36));
    assertEquals(List.of("Share to friends", "Author: Killian Jones",
        "Graduated From Princeton University.He has been at the USTV since 2017.", "Function: Chief-Editor",
        "E-mail: <ph id=\"1\"/>", "Rate author", "Add a comment"), sources.subList(30, 37));
    assertEquals(List.of(1, 2, 3, 4, 5, 5), segments.subList(0, 6).stream().map(SourceSegment::paragraph).toList());
  }

  @Test
  void emailInASentenceIsAProtectedCode() {
    SourceSegment segment = read("E-mail: admin@ustv.online\n", Format.TEXT, "en").get(0);
    assertEquals(new SourceSegment(1, "E-mail: <ph id=\"1\"/>", "E-mail: ",
        "{\"1\":{\"data\":\"admin@ustv.online\",\"protected\":true}}", Fingerprint.of("E-mail: <ph id=\"1\"/>"), 2, false), segment);
  }

  @Test
  void lineThatIsOnlyAnAddressIsAProtectedSegment() {
    assertEquals(List.of(
        new SourceSegment(1, "https://ustv.online/korea?id=4&amp;p=2", "https://ustv.online/korea?id=4&p=2", null,
            Fingerprint.of("https://ustv.online/korea?id=4&amp;p=2"), 1, true),
        new SourceSegment(2, "admin@ustv.online", "admin@ustv.online", null, Fingerprint.of("admin@ustv.online"), 1, true)),
        read("https://ustv.online/korea?id=4&p=2\n\nadmin@ustv.online\n", Format.TEXT, "en"));
  }

  @Test
  void urlKeepsTheParenthesesItOpensAndLeavesTheOnesAroundIt() {
    List<SourceSegment> segments = read("See http://en.wikipedia.org/wiki/Grayrigg_derailment_(2007) for background"
        + " (or https://example.org/report?id=5).\n\nhttps://en.wikipedia.org/wiki/FAST_(telescope)\n", Format.TEXT, "en");
    assertEquals(List.of(
        new SourceSegment(1, "See <ph id=\"1\"/> for background (or <ph id=\"2\"/>).", "See  for background (or ).",
            "{\"1\":{\"data\":\"http://en.wikipedia.org/wiki/Grayrigg_derailment_(2007)\",\"protected\":true},"
                + "\"2\":{\"data\":\"https://example.org/report?id=5\",\"protected\":true}}",
            Fingerprint.of("See <ph id=\"1\"/> for background (or <ph id=\"2\"/>)."), 6, false),
        new SourceSegment(2, "https://en.wikipedia.org/wiki/FAST_(telescope)", "https://en.wikipedia.org/wiki/FAST_(telescope)",
            null, Fingerprint.of("https://en.wikipedia.org/wiki/FAST_(telescope)"), 1, true)),
        segments);
  }

  @Test
  void aNoBreakSpaceEndsAUrl() {
    assertEquals(List.of("{\"1\":{\"data\":\"https://example.org/a\",\"protected\":true}}"),
        read("<p>More at https://example.org/a&nbsp;today.</p>", Format.HTML, "en").stream().map(SourceSegment::codes).toList());
  }

  @Test
  void englishNewsAbbreviationsDoNotEndASentence() {
    assertEquals(List.of(
        "The U.S. envoy met Gen. Mark Milley and Dr. Jill Biden in Washington.",
        "Mr. Kim arrived on Jan. 5 with U.S. President Joe Biden.",
        "Talks resume in Nr. 10 on Jan. 20.",
        "It was cold."),
        sources("The U.S. envoy met Gen. Mark Milley and Dr. Jill Biden in Washington. Mr. Kim arrived on Jan. 5 with"
            + " U.S. President Joe Biden. Talks resume in Nr. 10 on Jan. 20. It was cold.\n", Format.TEXT, "en"));
  }

  @Test
  void anAcronymOrAmPmEndsASentenceWhenAWordThatStartsSentencesFollows() {
    assertEquals(List.of(
        "Gov. Jane Doe met officials in Washington, D.C.",
        "They spoke for an hour at the U.S. Army base.",
        "Talks resumed at 2 a.m.",
        "The vote is at 10 a.m. Friday.",
        "Shares of Acme Inc.",
        "The company fell.",
        "She visited the U.S. Capitol and the U.N. headquarters."),
        sources("Gov. Jane Doe met officials in Washington, D.C. They spoke for an hour at the U.S. Army base."
            + " Talks resumed at 2 a.m. The vote is at 10 a.m. Friday. Shares of Acme Inc. The company fell."
            + " She visited the U.S. Capitol and the U.N. headquarters.\n", Format.TEXT, "en"));
  }

  @Test
  void anInitialBeforeANameDoesNotEndASentence() {
    assertEquals(List.of(
        "Photo: J. Smith/AP",
        "Reporting by J. Smith in Paris.",
        "The photo was taken by J. Smith for AP.",
        "They chose Plan B.",
        "The vote failed."),
        sources("Photo: J. Smith/AP\n\nReporting by J. Smith in Paris. The photo was taken by J. Smith for AP."
            + " They chose Plan B. The vote failed.\n", Format.TEXT, "en"));
  }

  @Test
  void aWordInSmallLettersThatOkapiListsAsAnAbbreviationEndsASentenceBeforeACapital() {
    assertEquals(List.of(
        "They bought the old mill.",
        "Firefighters came.",
        "We watched the sun.",
        "Birds sang.",
        "He met Matt.",
        "Doctors came.",
        "Germany vs. France ended 2-1, cf. Smith and approx. Jones.",
        "It was told in Matt. 5:3."),
        sources("They bought the old mill. Firefighters came. We watched the sun. Birds sang. He met Matt. Doctors came."
            + " Germany vs. France ended 2-1, cf. Smith and approx. Jones. It was told in Matt. 5:3.\n", Format.TEXT, "en"));
  }

  @Test
  void aGermanSentenceEndingInAFigureEndsBeforeAnArticleOrPronoun() {
    assertEquals(List.of(
        "Die Zahl der Toten stieg auf 12.",
        "Die Polizei ermittelt.",
        "Das Spiel endete 3:1.",
        "Trainer Müller war zufrieden.",
        "Der Dax schloss bei 18.500.",
        "Händler waren zufrieden.",
        "Er wohnt in der Berliner Str. 7.",
        "Dort ist es ruhig.",
        "Am 3. Oktober kam er zum 2. Mal in den 1. Stock."),
        sources("Die Zahl der Toten stieg auf 12. Die Polizei ermittelt. Das Spiel endete 3:1. Trainer Müller war zufrieden."
            + " Der Dax schloss bei 18.500. Händler waren zufrieden. Er wohnt in der Berliner Str. 7. Dort ist es ruhig."
            + " Am 3. Oktober kam er zum 2. Mal in den 1. Stock.\n", Format.TEXT, "de"));
  }

  @Test
  void abbreviatedTitlesAndPlacesBeforeANameDoNotEndASentence() {
    // person-titles-from-wikipedia.txt has "Fr."; US news writes "Sens." and "Reps." for several
    assertEquals(List.of(
        "The mass was led by Fr. Michael Kelly and Msgr. John Ryan.",
        "Cpl. Jane Doe and Pvt. Tom Lee arrived.",
        "They climbed Mt. Everest near Ft. Worth.",
        "Sens. Warren and Sanders met Reps. Pelosi and Schiff.",
        "Messrs. Smith and Jones agreed."),
        sources("The mass was led by Fr. Michael Kelly and Msgr. John Ryan. Cpl. Jane Doe and Pvt. Tom Lee arrived."
            + " They climbed Mt. Everest near Ft. Worth. Sens. Warren and Sanders met Reps. Pelosi and Schiff."
            + " Messrs. Smith and Jones agreed.\n", Format.TEXT, "en"));
  }

  @Test
  void aGermanStreetAddressStaysWholeAndUswBeforeACapitalEndsTheSentence() {
    assertEquals(List.of(
        "Das Büro liegt in der Friedrichstr. 12a, die Filiale in der Hauptstr. 5 in Berlin.",
        "Es gab Äpfel, Birnen usw.",
        "Auch Kirschen waren dabei.",
        "Äpfel, Birnen usw. sind gesund, sagt die XY GmbH und Co. KG."),
        sources("Das Büro liegt in der Friedrichstr. 12a, die Filiale in der Hauptstr. 5 in Berlin. Es gab Äpfel, Birnen usw."
            + " Auch Kirschen waren dabei. Äpfel, Birnen usw. sind gesund, sagt die XY GmbH und Co. KG.\n", Format.TEXT, "de"));
  }

  @Test
  void germanNewsAbbreviationsDoNotEndASentence() {
    assertEquals(List.of(
        "Der Gesandte traf z. B. Gen. Park und Dr. Kim am 3. Oktober in Seoul.",
        "Die Sitzung Nr. 5 begann am 12. Jan. 2024 in den U.S. A. nicht.",
        "Es war kalt."),
        sources("Der Gesandte traf z. B. Gen. Park und Dr. Kim am 3. Oktober in Seoul. Die Sitzung Nr. 5 begann am"
            + " 12. Jan. 2024 in den U.S. A. nicht. Es war kalt.\n", Format.TEXT, "de"));
  }

  @Test
  void frenchNewsAbbreviationsDoNotEndASentence() {
    assertEquals(List.of(
        "M. Macron a reçu le Gén. Park et le Dr Kim le 5 janv. à Paris.",
        "Les U.S. restent prudents.",
        "Il faisait froid."),
        sources("M. Macron a reçu le Gén. Park et le Dr Kim le 5 janv. à Paris. Les U.S. restent prudents. Il faisait froid.\n",
            Format.TEXT, "fr"));
  }

  @Test
  void frenchClosingGuillemetStaysWithItsSentence() {
    assertEquals(List.of(
        "Il a déclaré : « Nous sommes prêts. »",
        "Puis il est parti.",
        "Elle a dit\u00A0: «\u202FNon\u202F!\u202F»",
        "Et voilà.",
        "« Quoi ? » demanda-t-il.",
        "Il cria « Stop\u00A0! » et partit."),
        sources("Il a déclaré : « Nous sommes prêts. » Puis il est parti. Elle a dit\u00A0: «\u202FNon\u202F!\u202F» Et voilà."
            + " « Quoi ? » demanda-t-il. Il cria « Stop\u00A0! » et partit.\n", Format.TEXT, "fr"));
  }

  @Test
  void aNoBreakSpaceAfterAnAbbreviationKeepsTheSentenceWhole() {
    // What a CMS writes where a line must not wrap: the abbreviation rules hold as for a space.
    assertEquals(List.of("Mr.\u00A0Smith arrived on Dec.\u00A04.", "The U.S.\u202FArmy left."),
        sources("<p>Mr.&nbsp;Smith arrived on Dec.&nbsp;4. The U.S.\u202FArmy left.</p>", Format.HTML, "en"));
    assertEquals(List.of("Der Umsatz stieg auf 3,4\u00A0Mio.\u00A0Euro im Jahr.", "Prof.\u00A0Dr.\u00A0Weber lobte das."),
        sources("Der Umsatz stieg auf 3,4\u00A0Mio.\u00A0Euro im Jahr. Prof.\u00A0Dr.\u00A0Weber lobte das.\n", Format.TEXT, "de"));
  }

  @Test
  void aMarkdownImagesAltTextAndTitleAreTwoWordsApart() {
    SourceSegment image = read("![Chart: share price, Nov. 2026](chart.png \"Share price\")\n", Format.MARKDOWN, "en").get(0);
    assertEquals("Chart: share price, Nov. 2026 Share price", image.plain());
    assertEquals(7, image.words());
  }

  @Test
  void noBreakSpacesAloneAreNoSegment() {
    assertEquals(List.of("He left.", "She stayed."), sources("He left.\u00A0She stayed.\n\u00A0\u202F\n", Format.TEXT, "en"));
  }

  @Test
  void noBreakSpacesAtTheEndsOfASentenceAreTrimmedLikeSpaces() {
    // what a CMS writes when an editor types two spaces after a full stop
    assertEquals(List.of("First sentence.", "Second sentence.", "Third one.", "Fourth."),
        sources("<p>First sentence.&nbsp; Second sentence.&nbsp;&nbsp;Third one.</p><p>&nbsp;</p><p>Fourth.&nbsp;</p>",
            Format.HTML, "en"));
  }

  @Test
  void aQuotationAfterAColonStaysInItsSentence() {
    assertEquals(List.of("He said: \"We are ready.\"", "Then he left.", "Trump wrote: “No deal.”", "The statement read: The talks failed."),
        sources("He said: \"We are ready.\" Then he left. Trump wrote: “No deal.” The statement read: The talks failed.\n",
            Format.TEXT, "en"));
    assertEquals(List.of("Er sagte: „Wir sind bereit.“", "Dann ging er.", "Sie rief: »Halt!«", "Dann lief sie."),
        sources("Er sagte: „Wir sind bereit.“ Dann ging er. Sie rief: »Halt!« Dann lief sie.\n", Format.TEXT, "de"));
  }

  @Test
  void aLabelStartingASentenceKeepsWhatFollowsItsColon() {
    // a caption's credit and an update line, as newsroom HTML and text run them after a sentence
    assertEquals(List.of("A flooded street in Cologne.", "Photo: Reuters"),
        sources("<figure><img src=\"a.jpg\"><figcaption>A flooded street in Cologne. Photo: Reuters</figcaption></figure>",
            Format.HTML, "en"));
    assertEquals(List.of("The river fell.", "Update: The dams held.", "He said \"no.\"", "Source: AP"),
        sources("The river fell. Update: The dams held. He said \"no.\" Source: AP\n", Format.TEXT, "en"));
    assertEquals(List.of("Hochwasser in Köln.", "Foto: Reuters"), sources("Hochwasser in Köln. Foto: Reuters\n", Format.TEXT, "de"));
  }

  @Test
  void anEnglishSentenceMayStartWithAFigure() {
    // wikinews-20070223-train.txt; abbreviations before figures and initials keep their sentence
    assertEquals(List.of(
        "All of the carriages were derailed.",
        "5 people are still seriously injured in hospital.",
        "Three are in a \"critical condition\" and one serious.",
        "3 passengers with limb injuries are at the Royal Lancaster Infirmary.",
        "See No. 5 and ca. 3 items, e.g. 4 more, approx. 7 of them, pp. 12 and fig. 3, vs. 8 at 10 a.m. 20 minutes later.",
        "Apples, pears, etc. 5 boxes were sold.",
        "It derailed near Grayrigg, England.",
        "12 were hurt.",
        "Read Matt. 5:3 and take Hwy. 66."),
        sources("All of the carriages were derailed. 5 people are still seriously injured in hospital. Three are in a"
            + " \"critical condition\" and one serious. 3 passengers with limb injuries are at the Royal Lancaster Infirmary."
            + " See No. 5 and ca. 3 items, e.g. 4 more, approx. 7 of them, pp. 12 and fig. 3, vs. 8 at 10 a.m. 20 minutes later."
            + " Apples, pears, etc. 5 boxes were sold. It derailed near Grayrigg, England. 12 were hurt."
            + " Read Matt. 5:3 and take Hwy. 66.\n", Format.TEXT, "en"));
  }

  @Test
  void htmlMarkupBecomesNeutralCodesWithTheOriginalTags() {
    List<SourceSegment> segments = read("""
        <html><head><title>Talks in Seoul</title></head><body>
        <h1>USA open to <em>talks</em></h1>
        <p>The envoy met Gen. Park in <b>Seoul</b>. Write to <a href="mailto:desk@example.com">the desk</a> or see https://example.com/news.</p>
        <p>Line one<br/>continues here.</p>
        </body></html>
        """, Format.HTML, "en");
    assertEquals(List.of(
        "1|Talks in Seoul|null",
        "2|USA open to <pc id=\"1\">talks</pc>|{\"1\":{\"open\":\"<em>\",\"close\":\"</em>\"}}",
        "3|The envoy met Gen. Park in <pc id=\"1\">Seoul</pc>.|{\"1\":{\"open\":\"<b>\",\"close\":\"</b>\"}}",
        "3|Write to <pc id=\"1\">the desk</pc> or see <ph id=\"2\"/>.|{\"1\":{\"open\":\"<a href=\\\"mailto:desk@example.com\\\">\","
            + "\"close\":\"</a>\"},\"2\":{\"data\":\"https://example.com/news\",\"protected\":true}}",
        "4|Line one<ph id=\"1\"/>continues here.|{\"1\":{\"data\":\"<br/>\"}}"),
        segments.stream().map(s -> s.paragraph() + "|" + s.source() + "|" + s.codes()).toList());
    assertEquals("Write to the desk or see .", segments.get(3).plain());
  }

  @Test
  void wordsOnEitherSideOfALineBreakStayTwoWordsInThePlainText() {
    // "Un<br>arrived" read as "Unarrived": a word too few, and a glossary name no longer found in it
    List<SourceSegment> segments = read("""
        <p>Kim Jong Un<br>arrived in Hanoi.</p>
        <p>By Anna Berg<br/> Reuters</p>
        <p>Seoul<br><br>Pyongyang</p>
        <p>Signed in Seoul<br></p>
        <p>See the map<img src="m.png">here.</p>
        """, Format.HTML, "en");
    // An image between two words (markup with white space in it) stands between them as a break does.
    assertEquals(List.of("Kim Jong Un arrived in Hanoi.", "By Anna Berg Reuters", "Seoul Pyongyang", "Signed in Seoul", "See the map here."),
        segments.stream().map(SourceSegment::plain).toList());
    assertEquals(List.of(6, 4, 2, 3, 4), segments.stream().map(SourceSegment::words).toList());
    assertEquals("Kim Jong Un<ph id=\"1\"/>arrived in Hanoi.", segments.get(0).source(), "the code itself stays where it was");
    assertEquals(Fingerprint.of("Kim Jong Un<ph id=\"1\"/>arrived in Hanoi."), segments.get(0).sourceSha256(),
        "the fingerprint is the neutral source's: no stored segment looks changed");
    List<SourceSegment> markdown = read("Kim Jong Un  \narrived.\n", Format.MARKDOWN, "en");
    assertEquals(4, markdown.stream().mapToInt(SourceSegment::words).sum(), markdown.toString());
  }

  /** Wire copy and editors' plain text wrap lines inside a paragraph; a sentence must not be cut at each line end. */
  @Test
  void wrappedPlainTextLinesAreJoinedIntoTheirSentences() {
    String wrapped = """
        GENEVA (Reuters) - The envoys of both countries said on Monday that the
        talks would continue next week in Geneva, where the two delegations met
        in January. Neither side gave details of the agenda, and officials in
        Washington declined to comment on the reports.

        Author: Killian Jones
        Function: Chief-Editor
        """;
    assertEquals(List.of(
        "GENEVA (Reuters) - The envoys of both countries said on Monday that the talks would continue next week in Geneva,"
            + " where the two delegations met in January.",
        "Neither side gave details of the agenda, and officials in Washington declined to comment on the reports.",
        "Author: Killian Jones", "Function: Chief-Editor"),
        sources(wrapped, Format.TEXT, "en"));
    // A line that ends mid-sentence goes on when the next starts in lower case, wrapped or not.
    assertEquals(List.of("The minister said the talks would continue.", "Short lines", "Stay apart."),
        sources("The minister said the talks would\ncontinue.\nShort lines\nStay apart.\n", Format.TEXT, "en"));
    // A continuation line's indent and a wrapped line's trailing blanks leave one space.
    assertEquals(List.of("- The first item of the list is a long line that wraps because it is longer than the width."),
        sources("- The first item of the list is a long line that wraps because it is   \n   longer than the width.\n",
            Format.TEXT, "en"));
    // A compound broken at its hyphen keeps the hyphen and loses the line break.
    assertEquals(List.of("The record-defying telescope in Guizhou province is the largest single-dish radio telescope."),
        sources("The record-\ndefying telescope in Guizhou province is the largest single-dish radio\ntelescope.\n", Format.TEXT, "en"));
    // Lists, and headline, standfirst and byline lines, are never joined, nor lines of an unwrapped article.
    assertEquals(List.of("The agenda of the talks that begin in Geneva on Monday has three points:", "- trade,",
        "- security,", "- the envoys' next meeting."),
        sources("The agenda of the talks that begin in Geneva on Monday has three points:\n- trade,\n- security,\n"
            + "- the envoys' next meeting.\n", Format.TEXT, "en"));
  }

  /** Real articles wrapped at any width, by characters or (as fold does) by bytes, give the segments of the unwrapped text. */
  @Test
  void realArticlesWrappedAtAnyWidthGiveTheSameSegments() throws Exception {
    for (String article : List.of("articles/north-korea-talks.txt", "src/test/resources/fuzz/article/wikinews-20160714-UN.txt")) {
      String text = Files.readString(Path.of(article));
      List<String> unwrapped = sources(text, Format.TEXT, "en");
      for (int width : List.of(45, 60, 72, 80, 100)) {
        assertEquals(unwrapped, sources(wrap(text, width, false), Format.TEXT, "en"), article + " wrapped at " + width + " characters");
        assertEquals(unwrapped, sources(wrap(text, width, true), Format.TEXT, "en"), article + " wrapped at " + width + " bytes");
      }
    }
  }

  /** Greedy word wrap of every line, as an editor's fill or the fold command does. */
  private static String wrap(String text, int width, boolean bytes) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int used = 0;
      for (String word : line.split(" ")) {
        int length = bytes ? word.getBytes(java.nio.charset.StandardCharsets.UTF_8).length : word.codePointCount(0, word.length());
        if (used > 0 && used + 1 + length > width) {
          out.append('\n');
          used = 0;
        } else if (used > 0) {
          out.append(' ');
          used++;
        }
        out.append(word);
        used += length;
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Test
  void markdownSoftLineBreaksAreSpacesAndCodeBlocksAreNotTranslated() {
    List<String> sources = sources("""
        The minister said the talks would
        continue next week. Both sides
        agreed to meet again.

        ```
        curl https://example.org/data.csv. Not prose.
        ```

            indented code. Not prose either.

        The end.
        """, Format.MARKDOWN, "en");
    assertEquals(List.of("The minister said the talks would continue next week.", "Both sides agreed to meet again.", "The end."),
        sources);
    // A list item's continuation line is indented: the indent goes with the break.
    assertEquals(List.of("The first item of the list is long and wraps onto a second line.", "Second item."),
        sources("- The first item of the list is long and\n  wraps onto a second line.\n- Second item.\n", Format.MARKDOWN, "en"));
  }

  @Test
  void markdownFrontMatterGivesItsTitleAndDescriptionButNotItsData() {
    assertEquals(List.of("Storm hits coast", "Thousands without power after winds of 150 km/h.", "Nested summary.", "Body text."),
        sources("""
            ---
            title: "Storm hits coast"
            date: 2026-11-28
            tags: [weather, coast]
            description: Thousands without power after winds of 150 km/h.
            params:
              summary: |
                Nested
                summary.
            image: storm.jpg
            slug: storm-hits-coast
            ---

            Body text.
            """, Format.MARKDOWN, "en"));
    // Front matter that is empty, not YAML, or a YAML alias bomb gives no text, and the article is read as before.
    assertEquals(List.of("Body."), sources("---\n---\n\nBody.\n", Format.MARKDOWN, "en"));
    assertEquals(List.of("Body."), sources("---\ntitle: \"unterminated\ndescription: [a, b\n---\n\nBody.\n", Format.MARKDOWN, "en"));
    StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char before = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*" + before)))
          .append("]\n");
    }
    bomb.append("title: *j\n---\n\nBody.\n");
    assertEquals(List.of("Body."), sources(bomb.toString(), Format.MARKDOWN, "en"));
  }

  /** Okapi's HTML configuration predates HTML5: it cut a text unit at each <time>, <mark> or <data>. */
  @Test
  void html5InlineElementsStayInsideTheirSentence() {
    List<SourceSegment> segments = read("<p>The storm hit on <time datetime=\"2026-11-28\">Thursday</time> night, and"
        + " <mark>thousands</mark> lost power. Prices rose <data value=\"5\">five</data> percent.</p>", Format.HTML, "en");
    assertEquals(List.of(
        "The storm hit on <pc id=\"1\">Thursday</pc> night, and <pc id=\"2\">thousands</pc> lost power.|"
            + "{\"1\":{\"open\":\"<time datetime=\\\"2026-11-28\\\">\",\"close\":\"</time>\"},\"2\":{\"open\":\"<mark>\",\"close\":\"</mark>\"}}",
        "Prices rose <pc id=\"1\">five</pc> percent.|{\"1\":{\"open\":\"<data value=\\\"5\\\">\",\"close\":\"</data>\"}}"),
        segments.stream().map(s -> s.source() + "|" + s.codes()).toList());
  }

  @Test
  void markdownMarkupBecomesNeutralCodes() {
    List<SourceSegment> segments = read("""
        # USA open to *talks*

        The envoy met **Gen. Park** in Seoul. Read [the report](https://example.com/r) now.

        - First item with `code` & more.
        """, Format.MARKDOWN, "en");
    assertEquals(List.of(
        "1|USA open to <pc id=\"1\">talks</pc>|{\"1\":{\"open\":\"*\",\"close\":\"*\"}}",
        "2|The envoy met <pc id=\"1\">Gen. Park</pc> in Seoul.|{\"1\":{\"open\":\"**\",\"close\":\"**\"}}",
        "2|Read <pc id=\"1\">the report</pc> now.|{\"1\":{\"open\":\"[\",\"close\":\"](https://example.com/r)\"}}",
        "3|First item with <pc id=\"1\">code</pc> &amp; more.|{\"1\":{\"open\":\"`\",\"close\":\"`\"}}"),
        segments.stream().map(s -> s.paragraph() + "|" + s.source() + "|" + s.codes()).toList());
  }

  @Test
  void aLineBreakBetweenTwoSentencesSeparatesThemAsASpaceWould() {
    // CMS copy often puts <br> right after a full stop; the sentences were one segment with the break inside
    List<String> sources = sources("<p>The talks failed.<br>Both sides left Hanoi.<br/>\nNo comment was made.</p>", Format.HTML, "en");
    assertEquals(3, sources.size(), sources.toString());
    assertEquals("The talks failed.", sources.get(0));
    assertEquals("Both sides left Hanoi.", sources.get(1).replaceAll("<ph id=\"\\d+\"/>", ""));
    assertEquals("No comment was made.", sources.get(2).replaceAll("<ph id=\"\\d+\"/>", "").strip());
    // A break that is no sentence end keeps the sentence whole.
    assertEquals(List.of("North Korea<ph id=\"1\"/>and the US met."), sources("<p>North Korea<br>and the US met.</p>", Format.HTML, "en"));
  }

  @Test
  void markupSplitAcrossSentencesBecomesStartAndEndCodes() {
    assertEquals(List.of("<sc id=\"1\"/>First sentence.", "Second<ec id=\"1\"/> ends."),
        sources("<p><b>First sentence. Second</b> ends.</p>", Format.HTML, "en"));
  }

  @Test
  void wordsAreCountedTheGmxWayWithEachAddressAsOneWord() {
    assertEquals(List.of(3, 5, 5), read("Author: Killian Jones\n\nKim Jong Un's 2019 summit.\n\nMail admin@ustv.online or see https://ustv.online/a-b.\n", Format.TEXT, "en").stream()
        .map(SourceSegment::words).toList());
  }

  @Test
  void okapisDefaultsThroughTransdeskCutTheSampleAsOkapiItselfDoes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path srx = dir.resolve("okapi.srx");
    try (var in = getClass().getResourceAsStream("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx")) {
      Files.copy(in, srx);
    }
    String text = Files.readString(Path.of("articles/north-korea-talks.txt"));
    List<String> ours = new ArrayList<>();
    new ArticleReader(SentenceRules.fromFile(srx)).read("sample", text, Format.TEXT, Language.parse("en"), s -> ours.add(s.plain()));

    net.sf.okapi.lib.segmentation.SRXDocument okapi = new net.sf.okapi.lib.segmentation.SRXDocument();
    okapi.loadRules(srx.toString());
    net.sf.okapi.common.ISegmenter segmenter = okapi.compileLanguageRules(net.sf.okapi.common.LocaleId.ENGLISH, null);
    List<String> theirs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) continue;
      var container = new net.sf.okapi.common.resource.TextContainer(line);
      segmenter.computeSegments(container);
      container.getSegments().create(segmenter.getRanges());
      container.getSegments().forEach(segment -> theirs.add(segment.text.getText()));
    }
    assertEquals(theirs.stream().map(t -> t.replace("admin@ustv.online", "")).toList(), ours);
  }
}
