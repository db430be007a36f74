package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that an HTML report shows the JSON report's numbers: every {@code data-key} element in a
 * language's totals card and in a document's progress row must show the value at that key of the
 * JSON entry, and every number of the JSON entry must be shown.
 */
final class HtmlReportCheck {
  /** What each totals card and progress row must show (beyond the card's document count). */
  private static final List<String> SHOWN = List.of(
      "percent_complete", "words.untranslated", "segments.untranslated",
      "words.new", "words.translated", "words.reviewed", "words.final", "words.needs-update", "words.protected", "words.repetitions",
      "segments.new", "segments.translated", "segments.reviewed", "segments.final", "segments.needs-update",
      "segments.protected", "segments.repetitions",
      "open_findings.error", "open_findings.warning", "open_findings.info", "last_import");
  private static final List<String> SHOWN_IN_TOTALS = List.of(
      "documents", "percent_complete", "words.untranslated", "segments.untranslated", "words.needs-update", "segments.needs-update",
      "words.total", "segments.total", "words.protected", "segments.protected", "words.repetitions", "segments.repetitions",
      "open_findings.error", "open_findings.warning", "open_findings.info", "last_import");

  private HtmlReportCheck() {}

  /** Returns how many numbers were compared. */
  static int assertShowsJsonNumbers(Document html, JsonNode json) {
    int compared = 0;
    assertEquals(json.get("totals").size(), html.select("article.total").size(), "totals cards");
    for (JsonNode total : json.get("totals")) {
      Element card = html.selectFirst("article.total[data-lang=" + total.get("lang").asText() + "]");
      assertNotNull(card, "totals card of " + total.get("lang"));
      compared += compare(card, total, SHOWN_IN_TOTALS, "totals " + total.get("lang").asText());
    }
    assertEquals(json.get("documents").size(), html.select("table.progress tr[data-document]").size(), "progress rows");
    for (JsonNode line : json.get("documents")) {
      Element row = null;
      for (Element candidate : html.select("table.progress tr[data-document]")) {
        if (candidate.attr("data-document").equals(line.get("document").asText()) && candidate.attr("data-lang").equals(line.get("lang").asText())) {
          row = candidate;
        }
      }
      assertNotNull(row, "progress row of " + line.get("document") + " " + line.get("lang"));
      compared += compare(row, line, SHOWN, line.get("document").asText() + " " + line.get("lang").asText());
    }
    return compared;
  }

  private static int compare(Element scope, JsonNode entry, List<String> required, String where) {
    Set<String> seen = new TreeSet<>();
    for (Element shown : scope.select("[data-key]")) {
      String key = shown.attr("data-key");
      JsonNode value = entry;
      for (String part : key.split("\\.")) value = value.get(part);
      assertNotNull(value, where + ": no JSON value for " + key);
      assertEquals(expected(key, value), shownText(key, shown), where + ": " + key);
      seen.add(key);
    }
    List<String> missing = new ArrayList<>(required);
    missing.removeAll(seen);
    assertEquals(List.of(), missing, where + ": numbers not shown");
    return seen.size();
  }

  private static String expected(String key, JsonNode value) {
    if (key.equals("percent_complete")) return String.format(Locale.ROOT, "%.1f", value.asDouble());
    if (key.equals("last_import")) return value.isNull() ? "never" : value.asText();
    return String.valueOf(value.asLong());
  }

  private static String shownText(String key, Element shown) {
    if (key.equals("last_import") && shown.hasAttr("datetime")) {
      String datetime = shown.attr("datetime");
      // The element shows the instant to the minute; its datetime attribute holds it whole.
      assertEquals(datetime.substring(0, 10) + " " + datetime.substring(11, 16) + " UTC", shown.text(), "last import shown");
      return datetime;
    }
    return shown.text();
  }
}
