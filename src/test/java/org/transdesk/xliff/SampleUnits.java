package org.transdesk.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A small file's worth of units that covers every case the writers handle. */
final class SampleUnits {
  static final String FP1 = "1111111111111111111111111111111111111111111111111111111111111111";
  static final String FP2 = "2222222222222222222222222222222222222222222222222222222222222222";
  static final String FP3 = "3333333333333333333333333333333333333333333333333333333333333333";
  static final ExportFile FILE = new ExportFile(7, "news/north-korea-talks.html", "en", "de", "html", 12, 3);

  private SampleUnits() {}

  static List<ExportUnit> all() {
    InlineCodes codes = new InlineCodes(Map.of(
        "1", new InlineCodes.Code("<b>", "</b>", null, false),
        "2", new InlineCodes.Code(null, null, "<br/>", false),
        "3", new InlineCodes.Code(null, null, "press@example.org", true),
        "4", new InlineCodes.Code("<a href=\"https://example.org/?a=1&b=2\">", null, null, false),
        "5", new InlineCodes.Code(null, "</a>", null, false)));
    GlossaryHint kim = new GlossaryHint("Kim Jong Un", "name", List.of("Kim Jong Un"), List.of("Kim Jong-un"), null);
    GlossaryHint envoy = new GlossaryHint("US special envoy", "title", List.of("US-Sondergesandter", "Sondergesandter der USA"),
        List.of(), "use the first at first mention");
    return List.of(
        ExportUnit.untranslated(101, "Talks &amp; &lt;no&gt; preconditions", InlineCodes.NONE, FP1, false),
        new ExportUnit(102, "Ruler <pc id=\"1\">Kim Jong Un</pc> spoke.<ph id=\"2\"/> Mail <ph id=\"3\"/>.", codes, FP2, false,
            TargetState.TRANSLATED, "Machthaber <pc id=\"1\">Kim Jong Un</pc> sprach.<ph id=\"2\"/> Mail <ph id=\"3\"/>.", 2, null, false,
            List.of(kim)),
        new ExportUnit(103, "Read <sc id=\"4\"/>more", codes, FP3, false, TargetState.REVIEWED, "Mehr <sc id=\"4\"/>lesen", 1, null, false, List.of()),
        new ExportUnit(104, "here<ec id=\"5\"/> now", codes, FP3, false, TargetState.FINAL, "hier<ec id=\"5\"/> jetzt", 4, null, false, List.of()),
        new ExportUnit(105, "said US special envoy Sung Kim in Seoul.", InlineCodes.NONE, FP1, false, TargetState.NEEDS_UPDATE,
            "sagte der US-Sondergesandte in Seoul.", 3, "said the US special envoy in Seoul.", false, List.of(envoy)),
        new ExportUnit(106, "press@example.org", InlineCodes.NONE, FP2, true, TargetState.NEW, null, 0, null, false, List.of()),
        new ExportUnit(107, "Two  spaces\u0001and a bell", InlineCodes.NONE, FP3, false, TargetState.NEW, null, 0, null, true, List.of()));
  }

  static byte[] write(String version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XliffWriter writer = XliffWriter.open(version, bytes, FILE)) {
      for (ExportUnit unit : all()) writer.write(unit);
    }
    return bytes.toByteArray();
  }

  public static void main(String[] args) {
    System.out.println(new String(write(args[0]), StandardCharsets.UTF_8));
  }
}
