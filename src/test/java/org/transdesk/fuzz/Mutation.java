package org.transdesk.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One structured change to a valid seed: cut it, repeat or drop a slice, flip bytes, or insert
 * what hostile or broken files contain (a DOCTYPE, an entity bomb, deep nesting, a huge
 * attribute, bytes that are not valid UTF-8 or XML, markup fragments). {@code at} places it (a
 * fraction of the length), {@code size} and {@code value} choose its extent and variant; all three
 * shrink, so a failing mutation reduces to a small one.
 */
record Mutation(Kind kind, double at, int size, int value) {
  enum Kind {
    TRUNCATE, DUPLICATE, DELETE, FLIP, INSERT_BYTES, DOCTYPE, ENTITY_BOMB, DEEP_NESTING, HUGE_ATTRIBUTE, INVALID_CHARS,
    MARKUP, SPLICE
  }

  private static final List<String> DOCTYPES = List.of(
      "<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/xliff.dtd\">",
      "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
      "<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">",
      "<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]>",
      "<!DOCTYPE x [<!ENTITY e \"expanded\">]>",
      "<!DOCTYPE html>");

  private static final String BOMB = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
      + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
      + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
      + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
      + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
      + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
      + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
      + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

  private static final List<String[]> NESTING = List.of(
      new String[] {"<g id=\"1\">", "</g>"}, new String[] {"<pc id=\"1\">", "</pc>"}, new String[] {"<mrk mtype=\"x\">", "</mrk>"},
      new String[] {"<group id=\"g\">", "</group>"}, new String[] {"<div>", "</div>"}, new String[] {"<termSec>", "</termSec>"},
      new String[] {"> ", ""}, new String[] {"[", "]"}, new String[] {"- ", ""}, new String[] {"*", "*"}, new String[] {"(", ")"},
      new String[] {"\"", "\""});

  private static final List<byte[]> INVALID = List.of(
      new byte[] {0}, new byte[] {1}, new byte[] {0x0b}, new byte[] {0x1b}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xfe, (byte) 0xff},
      new byte[] {(byte) 0xc0, (byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbe}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xe2, (byte) 0x80, (byte) 0xae}, new byte[] {(byte) 0xc3},
      ascii("&#0;"), ascii("&#xD800;"), ascii("&#x110000;"), ascii("&#xFFFE;"), ascii("&#99999999999;"), ascii("\r"), ascii("\u0085"));

  private static final List<String> MARKUP = List.of(
      "]]>", "<![CDATA[", "&amp;", "&undefined;", "&", "\"", "'", "<", ">", "</source>", "<source>", "<target>", "</target>",
      "<target state=\"bogus\">", " id=\"1\"", " id=\"\"", " id=\"1\" id=\"2\"", "<x id=\"1\"/>", "<ph id=\"1\"/>", "<pc id=\"1\">",
      "<sc id=\"9\"/>", "<ec startRef=\"9\"/>", "<ec id=\"9\"/>", "<bx id=\"1\"/>", "<?pi x?>", "<!-- -->", "<?xml version=\"1.0\"?>",
      " xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"", " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"", " version=\"9.9\"",
      "<trans-unit id=\"1\">", "<unit id=\"1\"><segment><source>a</source></segment></unit>", "<segment>", "</file>", "<file>",
      " translate=\"no\"", " state=\"final\"", " subState=\"td:needs-update\"", " td:rev=\"-1\"", " td:rev=\"99999999999999\"",
      " srcLang=\"\"", " xml:lang=\"zz-@@\"", "<cp hex=\"0000\"/>", "<cp hex=\"D800\"/>", "<cp hex=\"zz\"/>",
      ",", ";", "\t", "\n", "\r\n", "\"\"\"", "|", "||", "*", "type", "name,x,*\n", "\uFEFF",
      "<termEntry>", "<langSet xml:lang=\"de\">", "<tig><term>", "</term></tig>", "<termNote type=\"partOfSpeech\">properNoun</termNote>",
      "<languagemap languagepattern=\"(\" languagerulename=\"x\"/>", "<beforebreak>(a+)+$</beforebreak>", "<beforebreak>[</beforebreak>",
      "<rule break=\"maybe\">", "\\p{Zz}", "(?<=x)", "\\", "#", "```", "<script>", "</html>", "<br>", "<a href=\"javascript:x\">",
      "\u202E", "\u0301", "\uD83D\uDE00", "\u05E2\u05D1\u05E8\u05D9\u05EA", "'); DROP TABLE segment;--");

  byte[] apply(byte[] input, List<byte[]> seeds) {
    int length = input.length;
    int position = (int) Math.min(length, Math.floor(at * (length + 1)));
    Random random = new Random(value);
    byte[] result = switch (kind) {
      case TRUNCATE -> Arrays.copyOf(input, position);
      case DUPLICATE -> {
        int end = Math.min(length, position + 1 + size * 10);
        byte[] slice = Arrays.copyOfRange(input, position, end);
        yield insert(input, length == 0 ? 0 : Math.floorMod(value, length + 1), slice);
      }
      case DELETE -> {
        int end = Math.min(length, position + 1 + size);
        byte[] out = new byte[length - (end - position)];
        System.arraycopy(input, 0, out, 0, position);
        System.arraycopy(input, end, out, position, length - end);
        yield out;
      }
      case FLIP -> {
        byte[] out = input.clone();
        for (int i = 0; i <= size % 8 && length > 0; i++) out[(position + i * 31) % length] = (byte) random.nextInt(256);
        yield out;
      }
      case INSERT_BYTES -> {
        byte[] bytes = new byte[1 + size % 16];
        random.nextBytes(bytes);
        yield insert(input, position, bytes);
      }
      case DOCTYPE -> insert(input, afterDeclaration(input), ascii(DOCTYPES.get(Math.floorMod(value, DOCTYPES.size()))));
      case ENTITY_BOMB -> insert(insert(input, Math.max(position, afterDeclaration(input)), ascii("&lol9;")), afterDeclaration(input),
          ascii(BOMB));
      case DEEP_NESTING -> {
        String[] pair = NESTING.get(Math.floorMod(value, NESTING.size()));
        int depth = 50 + size * 10;
        byte[] nested = ascii(pair[0].repeat(depth) + "x" + pair[1].repeat(depth));
        yield insert(input, position, nested);
      }
      case HUGE_ATTRIBUTE -> {
        int tag = indexOf(input, (byte) '<', position);
        int name = tag < 0 ? position : endOfName(input, tag + 1);
        yield insert(input, name, ascii(" huge=\"" + "A".repeat(1 + size * 200) + "\""));
      }
      case INVALID_CHARS -> insert(input, position, INVALID.get(Math.floorMod(value, INVALID.size())));
      case MARKUP -> insert(input, position, MARKUP.get(Math.floorMod(value, MARKUP.size())).getBytes(StandardCharsets.UTF_8));
      case SPLICE -> {
        byte[] other = seeds.get(Math.floorMod(value, seeds.size()));
        int from = (int) Math.min(other.length, (long) other.length * size / 1001);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(input, 0, position);
        out.write(other, from, other.length - from);
        yield out.toByteArray();
      }
    };
    return result.length > Fuzzing.MAX_INPUT ? Arrays.copyOf(result, Fuzzing.MAX_INPUT) : result;
  }

  private static byte[] insert(byte[] input, int position, byte[] bytes) {
    byte[] out = new byte[input.length + bytes.length];
    System.arraycopy(input, 0, out, 0, position);
    System.arraycopy(bytes, 0, out, position, bytes.length);
    System.arraycopy(input, position, out, position + bytes.length, input.length - position);
    return out;
  }

  /** Just after the XML declaration, where a DOCTYPE goes; 0 when there is none. */
  private static int afterDeclaration(byte[] input) {
    if (input.length < 5 || input[0] != '<' || input[1] != '?') return 0;
    int end = indexOf(input, (byte) '>', 0);
    return end < 0 ? 0 : end + 1;
  }

  private static int indexOf(byte[] input, byte b, int from) {
    for (int i = from; i < input.length; i++) if (input[i] == b) return i;
    return -1;
  }

  private static int endOfName(byte[] input, int from) {
    int i = from;
    while (i < input.length && input[i] != ' ' && input[i] != '>' && input[i] != '/' && input[i] != '\n') i++;
    return i;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
