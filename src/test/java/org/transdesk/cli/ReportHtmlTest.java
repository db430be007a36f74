package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.transdesk.ExitCode;

/** The HTML report as a parser reads it; {@link ReportBrowserTest} has chromium render it. */
class ReportHtmlTest {
  @Test
  void htmlReportShowsEveryNumberOfTheJsonReport() throws Exception {
    try (ReportDesk desk = ReportDesk.worked()) {
      CliRun html = desk.run("report", "--format", "html");
      assertEquals(ExitCode.OK, html.code());
      CliRun json = desk.run("report", "--format", "json");
      int compared = HtmlReportCheck.assertShowsJsonNumbers(Jsoup.parse(html.out()), new ObjectMapper().readTree(json.out()));
      assertEquals(2 * 16 + 4 * 21, compared);
    }
  }

  @Test
  void htmlReportListsTheUntranslatedSegmentsAndOpenFindingsOfEachDocument() throws Exception {
    try (ReportDesk desk = ReportDesk.worked()) {
      Document html = Jsoup.parse(desk.run("report", "--format", "html").out());
      Element a = html.selectFirst("section.document[data-document=" + desk.a + "]");
      assertEquals(List.of("9 needs-update 5 The talks lasted 4 hours.", "4 new 7 The envoy met the minister on Monday."),
          a.select("div.target[data-lang=de] table.segments tbody tr").eachText());
      assertEquals(List.of("warning 6 whitespace-trailing the source ends with nothing but the target ends with a space:"
          + " keep the white space of the source"), a.select("div.target[data-lang=de] table.findings tbody tr").eachText());
      assertEquals(List.of("error 6 number-changed the number 1 of the source is not in the target (found 2 instead):"
          + " keep the number, only its formatting may change 2"), a.select("div.target[data-lang=fr] table.findings tbody tr").eachText());
      assertEquals(List.of("7 new 2 Second story.", "8 new 4 One more sentence here."),
          html.select("section.document[data-document=" + desk.b + "] div.target[data-lang=fr] table.segments tbody tr").eachText());
    }
  }

  @Test
  void userTextIsEscapedSoMarkupInSourcesAndNamesShowsAsText() throws Exception {
    try (ReportDesk desk = ReportDesk.ingested()) {
      Path odd = desk.dir.resolve("x<img src=x onerror=alert(1)>.txt");
      Files.writeString(odd, "It said <b>bold</b> & more.\n", StandardCharsets.UTF_8);
      assertEquals(ExitCode.OK, desk.run("ingest", "--source-lang", "en", "--targets", "de", odd.toString()).code());
      String page = desk.run("report", "--format", "html").out();
      Document html = Jsoup.parse(page);
      assertEquals(List.of(), html.select("script, img, iframe, object, embed, link, b").eachText());
      assertTrue(html.select("td.source").eachText().contains("A source with <script>alert(1)</script> & \"quotes\" in it."));
      assertTrue(html.select("td.source").eachText().contains("It said <b>bold</b> & more."));
      assertEquals(odd.toString(), html.selectFirst("section.document[data-document=" + odd.toString().replace("\"", "") + "] h3").text());
      assertTrue(page.contains("x&lt;img src=x onerror=alert(1)&gt;.txt"));
    }
  }

  @Test
  void htmlReportIsOneFileWithoutScriptsOrOutsideAssets() {
    try (ReportDesk desk = ReportDesk.worked()) {
      Document html = Jsoup.parse(desk.run("report", "--format", "html").out());
      assertEquals(List.of(), html.select("script, link, img, iframe, object, embed, [src]").eachAttr("outerHtml"));
      for (Element link : html.select("[href]")) assertTrue(link.attr("href").matches("#doc-\\d+"), link.outerHtml());
      String css = html.selectFirst("head style").data();
      assertTrue(!css.contains("url(") && !css.contains("@import") && css.contains("@media print"), "inline CSS only, with print rules");
      assertEquals("default-src 'none'; style-src 'unsafe-inline'",
          html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
