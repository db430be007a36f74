package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;

class RuleGuardTest {
  @Test
  void guardsPatternsThatOpenWithAnUnboundedRunOfOneClass() {
    assertEquals(List.of(
            "(?:\\G|(?<![\\p{Ll}\\p{Lu}]))[\\p{Ll}\\p{Lu}]+\\s*[.?!]+",
            "(?:\\G|(?<!\\p{Ll}))\\p{Ll}{2,}[.!?][0-9]{1,2}",
            "(?:\\G|(?<!\\w))\\w+[:]+",
            "(?:\\G|(?<![0-9]))([0-9]+\\.[0-9]+|[0-9]+\\.[0-9]*|[0-9]*\\.[0-9]+)",
            "(?:\\G|(?<![a-z\\]]))[a-z\\]]*x",
            "\\b(Mr|Dr)\\.",
            "[0-9a-z]{1,3}\\.?\\)",
            "\\p{Ll}+?\\.",
            "([0-9]+\\.|[a-z]+\\.)",
            "[.?!]"),
        Stream.of("[\\p{Ll}\\p{Lu}]+\\s*[.?!]+", "\\p{Ll}{2,}[.!?][0-9]{1,2}", "\\w+[:]+",
                "([0-9]+\\.[0-9]+|[0-9]+\\.[0-9]*|[0-9]*\\.[0-9]+)", "[a-z\\]]*x", "\\b(Mr|Dr)\\.", "[0-9a-z]{1,3}\\.?\\)",
                "\\p{Ll}+?\\.", "([0-9]+\\.|[a-z]+\\.)", "[.?!]")
            .map(RuleGuard::guard).toList());
  }

  @Test
  void guardingIsIdempotent() {
    String once = RuleGuard.guard("\\w+:");
    assertEquals(once, RuleGuard.guard(once));
  }

  @Test
  void guardedRulesCutEveryTextExactlyAsOkapisOwn() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz/article"))) {
      for (Path file : files.sorted().toList()) {
        if (!file.getFileName().toString().startsWith("crash-")) texts.add(Files.readString(file));
      }
    }
    texts.add(Files.readString(Path.of("articles/north-korea-talks.txt")));
    texts.add("He paid 3.5 million on Jan. 3. Then 12.30 p.m. came. Version 1.2.3 is out! See item 4.a) below. Why? Because.");
    texts.add("Mr. Kim met Dr. Sung Kim at 10.30. \"Yes.\" (It was 2021.) A.B.C. news: 1.\nNext line... and \u2026 more?! Done.");
    texts.add("北京市是中国的首都。这是第二句！第三句？最后一句。");
    texts.add("Die 3. Sitzung des UN-Sicherheitsrats begann um 9.30 Uhr. Sie endete z.B. um 12 Uhr. Ende.");
    for (String lang : List.of("en", "de", "fr", "zh", "xx")) {
      ISegmenter original = segmenter(false, lang);
      ISegmenter guarded = segmenter(true, lang);
      for (String text : texts) {
        for (String paragraph : text.split("\n")) {
          assertEquals(ranges(original, paragraph), ranges(guarded, paragraph), lang + ": " + paragraph);
        }
      }
    }
  }

  @Test
  void protectedAddressesAreFoundExactlyAsBeforeTheGuard() {
    String cjk = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\u3000-\u303F\uFF00-\uFFEF";
    java.util.regex.Pattern unguarded = java.util.regex.Pattern.compile(
        "(?:(?:https?|ftp)://|www\\.)[^\\s\u00A0\u2007\u202F<>\"“”‘’«»" + cjk + "]*[^\\s\u00A0\u2007\u202F<>\"“”‘’«».,;:!?)\\]}'…" + cjk + "]"
            + "|(?:mailto:)?[[\\p{L}\\p{N}._%+-]&&[^" + cjk + "]]+@[[\\p{L}\\p{N}-]&&[^" + cjk + "]]+(?:\\.[[\\p{L}\\p{N}-]&&[^" + cjk + "]]+)*"
            + "\\.[\\p{L}&&[^" + cjk + "]]{2,}");
    for (String text : List.of("Write to admin@ustv.online or mailto:jo.doe+x@mail.example.org, please.",
        "xmailto:a@b.de and a@b.comfoo@c.de and ab@@cd.ef and .a@b.cd and 1-2@x-y.zz.", "See www.x.org/a. Or https://e.org/p?q=1&r=2).",
        "aaaa" + "b".repeat(200) + "@c.de", "no address here at all", "Émile.Zola@société.fr wrote.",
        "详情见https://www.gov.cn/。请发邮件至xinhua@news.cn了解详情。")) {
      assertEquals(matches(unguarded, text), matches(NeutralText.PROTECTED, text), text);
    }
  }

  private static List<String> matches(java.util.regex.Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m = pattern.matcher(text);
    while (m.find()) found.add(m.start() + ":" + m.group());
    return found;
  }

  private static ISegmenter segmenter(boolean guarded, String lang) throws IOException {
    SRXDocument document = new SRXDocument();
    try (InputStream in = RuleGuardTest.class.getResourceAsStream("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx")) {
      document.loadRules((CharSequence) new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    // ICU4J's breaks are added at run time and never guarded; leaving them out keeps this test fast.
    document.setUseICU4JBreakRules(false);
    if (guarded) RuleGuard.guard(document);
    return document.compileLanguageRules(LocaleId.fromBCP47(lang), null);
  }

  private static List<Range> ranges(ISegmenter segmenter, String text) {
    segmenter.computeSegments(new TextContainer(text));
    return segmenter.getRanges().stream().map(r -> new Range(r.start, r.end)).toList();
  }
}
