package org.transdesk.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Findings the desk accepted on purpose. Each entry is keyed by document, unit id, rule and a hash
 * of the target, so the same finding on an unchanged target stays quiet and a changed target raises
 * it again. The file is JSON, sorted, meant to be reviewed and committed.
 */
public final class Baseline {
  /** One accepted finding; {@code message} is only there for the reader of the file. */
  public record Entry(String document, String unit, String rule, String target, String message) {
    String key() {
      return document + '\u0000' + unit + '\u0000' + rule + '\u0000' + target;
    }
  }

  /** Made on first use: most lint runs have no baseline file to read or write. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper();
  }
  private static final int FORMAT = 1;

  private final Set<String> keys;

  private Baseline(Set<String> keys) {
    this.keys = keys;
  }

  public static Baseline empty() {
    return new Baseline(Set.of());
  }

  /** The entry that accepts {@code finding} raised on a unit whose target is {@code targetNeutral}. */
  public static Entry entry(Finding finding, String targetNeutral) {
    return new Entry(documentOf(finding), finding.unitId(), finding.ruleId(), targetHash(targetNeutral), finding.message());
  }

  /** True when the baseline accepts this finding for this target. */
  public boolean accepts(Finding finding, String targetNeutral) {
    return !keys.isEmpty() && keys.contains(entry(finding, targetNeutral).key());
  }

  public int size() {
    return keys.size();
  }

  /** The document a finding is filed under: file/@original, else the file's name. */
  static String documentOf(Finding finding) {
    if (finding.document() != null && !finding.document().isBlank()) return finding.document();
    return finding.file() == null ? "" : Path.of(finding.file()).getFileName().toString();
  }

  /** The fingerprint of the target (same normalization as the source fingerprint), "" for none. */
  static String targetHash(String targetNeutral) {
    return targetNeutral == null || targetNeutral.isBlank() ? "" : Fingerprint.of(targetNeutral);
  }

  public static Baseline read(Path file) {
    if (Files.isDirectory(file)) {
      throw new DeskException(ExitCode.REJECTED, "%s: is a folder, not a baseline file; name the file --write-baseline wrote", file);
    }
    JsonNode root;
    try {
      root = Mapper.INSTANCE.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: baseline file not found; create it with --write-baseline %s", file, file);
    } catch (JsonProcessingException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s:%d: not a baseline (invalid JSON: %s); write a new one with --write-baseline",
          file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
    } catch (IOException e) {
      // An input lint was given that it cannot read, as an unreadable XLIFF file: refused (3), not a failure of the desk (4).
      throw new DeskException(ExitCode.REJECTED, e, "%s: cannot read the baseline: %s", file, e.getMessage());
    }
    JsonNode entries = root == null ? null : root.get("entries");
    if (entries == null || !entries.isArray()) {
      throw new DeskException(ExitCode.REJECTED, "%s: not a baseline: no \"entries\" list; write a new one with --write-baseline", file);
    }
    Set<String> keys = new HashSet<>();
    int index = 0;
    for (JsonNode node : entries) {
      index++;
      String document = text(node, "document");
      String unit = text(node, "unit");
      String rule = text(node, "rule");
      String target = text(node, "target");
      if (document == null || unit == null || rule == null || target == null) {
        throw new DeskException(ExitCode.REJECTED,
            "%s: entry %d of the baseline lacks document, unit, rule or target; write a new one with --write-baseline", file, index);
      }
      keys.add(new Entry(document, unit, rule, target, null).key());
    }
    return new Baseline(keys);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  /** Writes the entries sorted by document, unit (numerically when numbers), rule, without duplicates. */
  public static void write(Path file, List<Entry> entries) {
    TreeSet<Entry> sorted = new TreeSet<>(Comparator.comparing(Entry::document)
        .thenComparing(Entry::unit, Baseline::compareUnits)
        .thenComparing(Entry::rule)
        .thenComparing(Entry::target));
    sorted.addAll(entries);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Entry entry : sorted) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("document", entry.document());
      map.put("unit", entry.unit());
      map.put("rule", entry.rule());
      map.put("target", entry.target());
      map.put("message", entry.message());
      list.add(map);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("transdesk-baseline", FORMAT);
    root.put("entries", list);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(file, Mapper.INSTANCE.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot write the baseline: %s", file, e.getMessage());
    }
  }

  private static int compareUnits(String a, String b) {
    boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
    if (numbers && a.length() != b.length()) return Integer.compare(a.length(), b.length());
    return a.compareTo(b);
  }
}
