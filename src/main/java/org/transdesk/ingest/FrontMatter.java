package org.transdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The text of a Markdown article's YAML front matter: the block between a first line {@code ---}
 * and the next line {@code ---} or {@code ...}, where static-site generators (Hugo, Jekyll, Astro)
 * keep an article's headline and standfirst. Only the values of text keys are read (title,
 * description, summary and the like, also nested: {@code params: {summary: …}}); dates, tags,
 * slugs, layouts and image paths are data, not text. Front matter that is not valid YAML gives no
 * text: the article is read as before, without it.
 */
final class FrontMatter {
  /** Keys whose values are an article's text, by their own name in any case. */
  static final Set<String> TEXT_KEYS = Set.of("title", "subtitle", "headline", "description", "summary", "excerpt", "lead", "teaser",
      "dek", "standfirst", "kicker", "caption");

  private FrontMatter() {}

  /** The text values in document order; empty without front matter. */
  static List<String> texts(String markdown) {
    String block = block(markdown);
    if (block == null || block.isBlank()) return List.of();
    // A few aliases at most: a YAML "billion laughs" is refused by the parser, not expanded.
    LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(20).setAllowRecursiveKeys(false)
        .setCodePointLimit(1 << 20).build();
    Object root;
    try {
      root = new Load(settings).loadFromString(block);
    } catch (YamlEngineException | IllegalArgumentException e) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    collect(root, null, texts);
    return texts;
  }

  /** The lines between the opening and closing marker, or null when the article has no closed front matter. */
  private static String block(String markdown) {
    int end = markdown.indexOf('\n');
    if (end < 0 || !markdown.substring(0, end).strip().equals("---")) return null;
    int start = end + 1;
    for (int at = start; at < markdown.length(); ) {
      int next = markdown.indexOf('\n', at);
      String line = (next < 0 ? markdown.substring(at) : markdown.substring(at, next)).strip();
      if (line.equals("---") || line.equals("...")) return markdown.substring(start, at);
      if (next < 0) break;
      at = next + 1;
    }
    return null;
  }

  private static void collect(Object node, String key, List<String> texts) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) collect(entry.getValue(), String.valueOf(entry.getKey()), texts);
    } else if (node instanceof List<?> list) {
      for (Object item : list) collect(item, key, texts);
    } else if (node instanceof String text && key != null && TEXT_KEYS.contains(key.toLowerCase(Locale.ROOT)) && !text.isBlank()) {
      // A literal block (|) keeps its line breaks; in a headline or standfirst they are spaces.
      texts.add(text.strip().replaceAll("\\s*\\R\\s*", " "));
    }
  }
}
