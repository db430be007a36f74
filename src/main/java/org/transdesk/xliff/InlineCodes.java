package org.transdesk.xliff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The original data of a segment's inline codes, by code id, as stored in {@code segment.codes}
 * (CONTRACT.md): {@code {"1":{"open":"<b>","close":"</b>"},"2":{"data":"<br/>","protected":true}}}.
 */
public record InlineCodes(Map<String, Code> byId) {
  public static final InlineCodes NONE = new InlineCodes(Map.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one code stands for in the original document; any part may be null. */
  public record Code(String open, String close, String data, boolean isProtected) {
    /** The original text of a standalone code, or of the start of a paired one. */
    String startData() {
      return data != null ? data : open;
    }

    /** The original text of the end of a paired code. */
    String endData() {
      return data != null ? data : close;
    }
  }

  public InlineCodes {
    // Numeric id order, so originalData comes out the same whatever order the JSON had.
    TreeMap<String, Code> sorted = new TreeMap<>(Comparator.comparingLong(InlineCodes::numeric).thenComparing(Comparator.naturalOrder()));
    sorted.putAll(Objects.requireNonNull(byId, "byId"));
    byId = java.util.Collections.unmodifiableMap(sorted);
  }

  /** Parses {@code segment.codes}; null or blank means no codes. */
  public static InlineCodes parse(String json) {
    if (json == null || json.isBlank()) return NONE;
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("inline codes are not JSON: " + e.getOriginalMessage(), e);
    }
    if (!root.isObject()) throw new IllegalArgumentException("inline codes are not a JSON object: " + json);
    Map<String, Code> codes = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode code = field.getValue();
      codes.put(field.getKey(), new Code(text(code, "open"), text(code, "close"), text(code, "data"),
          code.path("protected").asBoolean(false)));
    }
    return new InlineCodes(codes);
  }

  /** An HTML line break tag, {@code <br>}, {@code <br/>} or {@code <BR class="x">}. */
  private static final Pattern BR = Pattern.compile("(?i)<br\\b[^>]*>");
  private static final Pattern BR_INSIDE = Pattern.compile("(?i)<br\\b");

  /** Whether a code's original data is an HTML line break, which separates the words on either side. */
  public static boolean isLineBreak(String data) {
    return data != null && BR.matcher(data).matches();
  }

  /**
   * The ids of the standalone codes in {@code segment.codes} that are line breaks: the checks read
   * "Un{@code <ph id="1"/>}arrived" as two words there, as ingest's plain text does.
   */
  public static Set<String> lineBreaks(String json) {
    if (json == null || !BR_INSIDE.matcher(json).find()) return Set.of();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, Code> code : parse(json).byId().entrySet()) {
      if (isLineBreak(code.getValue().data())) ids.add(code.getKey());
    }
    return Set.copyOf(ids);
  }

  private static String text(JsonNode code, String name) {
    JsonNode value = code.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static long numeric(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  Code get(String id) {
    return byId.get(id);
  }

  boolean isProtected(String id) {
    Code code = byId.get(id);
    return code != null && code.isProtected();
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }
}
