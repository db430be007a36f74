package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Fuzzes the XLIFF reader (issue 8): whatever the bytes, reading gives units or one refusal
 * line with exit 3, never another exception, a hang or an out-of-memory. Random bytes and seeds
 * from {@code src/test/resources/fuzz/xliff} mutated with XML-aware edits; the seeds themselves
 * run as regression tests with their recorded outcomes ({@code outcomes.tsv}), and any input that
 * once broke the reader joins them.
 */
class XliffReaderFuzzTest {
  private static final Path SEEDS = Path.of("src/test/resources/fuzz/xliff");
  private static final ReadLimits SMALL = new ReadLimits(1 << 20, 50, 2_000, 40);
  /** Fragments that steer mutations toward the reader's interesting paths. */
  private static final List<String> TOKENS = List.of("<", ">", "&", "&amp;", "&#0;", "&#x1F600;", "&unknown;", "]]>",
      "<![CDATA[", "<!--", "-->", "<?pi x?>", "<!DOCTYPE xliff>", "\u0000", "\u0001", "\uFFFE", "\uD800", "\"", "'",
      "</", "/>", " id=\"1\"", " id=\"1\"", " xml:space=\"preserve\"", " xml:lang=\"ja\"", " translate=\"no\"",
      " state=\"final\"", " isolated=\"yes\"", " startRef=\"1\"", " canReorder=\"no\"", " order=\"9\"",
      " xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"", " xmlns:p=\"urn:x\"", "<sc id=\"1\"/>", "<ec startRef=\"1\"/>",
      "<ec id=\"9\" isolated=\"yes\"/>", "<pc id=\"2\">", "</pc>", "<g id=\"2\">", "</g>", "<mrk mtype=\"seg\">", "</mrk>",
      "<bpt id=\"5\">x</bpt>", "<ept id=\"5\">y</ept>", "<x id=\"7\"/>", "<cp hex=\"0001\"/>", "<target>", "</target>",
      "<source>", "</source>", "<segment>", "</segment>", "<trans-unit id=\"1\">", "</trans-unit>", "<unit id=\"1\">",
      "</unit>", "<group id=\"g\">", "</group>", "<note>", "<alt-trans><target>", "\n   \n", "\r\n", "\t");

  static Stream<String> seedNames() {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".tsv")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> recordedOutcomes() throws IOException {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (String line : Files.readAllLines(SEEDS.resolve("outcomes.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split("\t", 2);
      outcomes.put(parts[0], parts[1]);
    }
    return outcomes;
  }

  @org.junit.jupiter.api.Test
  void everySeedGivesItsRecordedOutcome() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    for (String name : seedNames().toList()) {
      actual.put(name, outcome(Files.readAllBytes(SEEDS.resolve(name)), ReadLimits.defaults()));
    }
    assertEquals(recordedOutcomes(), actual);
  }

  @Property(tries = 1000)
  void randomBytesAreReadOrRefused(@ForAll @Size(max = 3000) byte[] bytes) {
    outcome(bytes, SMALL);
  }

  @Property(tries = 3000)
  void mutatedSeedsAreReadOrRefused(@ForAll("seeds") String seed, @ForAll long random,
      @ForAll("mutationCounts") int mutations) throws IOException {
    byte[] bytes = mutate(Files.readAllBytes(SEEDS.resolve(seed)), new Random(random), mutations);
    outcome(bytes, SMALL);
    outcome(bytes, ReadLimits.defaults());
  }

  @Property(tries = 200)
  void deeplyNestedOrRepeatedStructureIsBounded(@ForAll("seeds") String seed, @ForAll long random) throws IOException {
    Random r = new Random(random);
    String token = TOKENS.get(r.nextInt(TOKENS.size()));
    String text = new String(Files.readAllBytes(SEEDS.resolve(seed)), StandardCharsets.UTF_8);
    int at = r.nextInt(text.length() + 1);
    String blown = text.substring(0, at) + token.repeat(1 + r.nextInt(5000)) + text.substring(at);
    outcome(blown.getBytes(StandardCharsets.UTF_8), SMALL);
  }

  @Provide
  Arbitrary<String> seeds() {
    return Arbitraries.of(seedNames().toList());
  }

  @Provide
  Arbitrary<Integer> mutationCounts() {
    return Arbitraries.integers().between(1, 8);
  }

  /** Attribute values that the XLIFF rules care about. */
  private static final List<String> VALUES = List.of("", "1", "2", "yes", "no", "firstNo", "x:y", "xlf:b", "xlf:var",
      "initial", "final", "translated", "reviewed", "#n=n1", "#/f=f1/u=1/n=n1", "#m1", "d1", "ja", "en", "de", "e",
      "preserve", "default", "a b", "0", "-1", "99999999999999999999", "\u00fc", "&#10;", "&amp;", "td:needs-update",
      "urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:2.0", "2.0", "2.1", "2.2", "1.2");
  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("<[^>]*>|[^<]+");
  private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("=\"[^\"]*\"");

  /**
   * Applies edits: half the time at the level of tags and text (duplicate, delete, swap or move a
   * tag, change an attribute value, insert a fragment), which keeps many files well-formed and
   * reaches the XLIFF rules; otherwise at the byte level (flip, delete, insert, duplicate,
   * truncate, swap), which exercises the XML parser.
   */
  static byte[] mutate(byte[] seed, Random r, int count) {
    if (r.nextBoolean()) return mutateTokens(new String(seed, StandardCharsets.UTF_8), r, count).getBytes(StandardCharsets.UTF_8);
    return mutateBytes(seed, r, count);
  }

  static String mutateTokens(String text, Random r, int count) {
    List<String> tokens = new ArrayList<>();
    java.util.regex.Matcher m = TOKEN.matcher(text);
    while (m.find()) tokens.add(m.group());
    for (int k = 0; k < count && !tokens.isEmpty(); k++) {
      int i = r.nextInt(tokens.size());
      int j = r.nextInt(tokens.size());
      switch (r.nextInt(6)) {
        case 0 -> tokens.add(i, tokens.get(i));
        case 1 -> tokens.remove(i);
        case 2 -> {
          String t = tokens.get(i);
          tokens.set(i, tokens.get(j));
          tokens.set(j, t);
        }
        case 3 -> {
          List<int[]> values = new ArrayList<>();
          java.util.regex.Matcher v = VALUE.matcher(tokens.get(i));
          while (v.find()) values.add(new int[] {v.start(), v.end()});
          if (!values.isEmpty()) {
            int[] at = values.get(r.nextInt(values.size()));
            String tag = tokens.get(i);
            tokens.set(i, tag.substring(0, at[0]) + "=\"" + VALUES.get(r.nextInt(VALUES.size())) + "\"" + tag.substring(at[1]));
          }
        }
        case 4 -> tokens.add(i, TOKENS.get(r.nextInt(TOKENS.size())));
        default -> tokens.add(j, tokens.remove(i));
      }
    }
    return String.join("", tokens);
  }

  static byte[] mutateBytes(byte[] seed, Random r, int count) {
    byte[] bytes = seed;
    for (int i = 0; i < count && bytes.length > 0; i++) {
      int at = r.nextInt(bytes.length);
      int length = 1 + r.nextInt(Math.min(64, bytes.length - at));
      bytes = switch (r.nextInt(6)) {
        case 0 -> {
          byte[] copy = bytes.clone();
          copy[at] = (byte) r.nextInt(256);
          yield copy;
        }
        case 1 -> concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
        case 2 -> concat(Arrays.copyOfRange(bytes, 0, at), TOKENS.get(r.nextInt(TOKENS.size()))
            .getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(bytes, at, bytes.length));
        case 3 -> concat(Arrays.copyOfRange(bytes, 0, at + length), Arrays.copyOfRange(bytes, at, bytes.length));
        case 4 -> Arrays.copyOfRange(bytes, 0, at);
        default -> {
          int other = r.nextInt(bytes.length);
          int n = Math.min(length, Math.min(bytes.length - at, bytes.length - other));
          byte[] copy = bytes.clone();
          System.arraycopy(bytes, other, copy, at, n);
          System.arraycopy(bytes, at, copy, other, n);
          yield copy;
        }
      };
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) n += p.length;
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  /**
   * Reads the bytes from a file and returns "read N units" or "refused LINE" (the message after the
   * file name); fails on anything else, on a message that is not one {@code file:line: …} line, and
   * on a read that takes more than ten seconds.
   */
  static String outcome(byte[] bytes, ReadLimits limits) {
    Path file;
    try {
      file = Files.createTempFile("transdesk-fuzz", ".xlf");
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        List<XliffUnit> units = new ArrayList<>();
        try {
          XliffHeader header = XliffReader.open(file, limits).read(new XliffHandler() {
            @Override public void file(XliffFile f) { }

            @Override public void unit(XliffUnit u) {
              units.add(u);
            }
          });
          assertEquals(units.size(), header.units());
          return "read " + header.version() + " " + units.size() + " units";
        } catch (DeskException e) {
          String message = e.getMessage();
          assertEquals(ExitCode.REJECTED, e.exitCode(), message);
          assertTrue(message.startsWith(file + ":"), message);
          assertTrue(message.substring(file.toString().length()).matches(":\\d+: .+"), message);
          assertFalse(message.contains("\n"), message);
          return "refused " + message.substring(file.toString().length() + 1);
        }
      });
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A temporary file left behind is harmless.
      }
    }
  }
}
