package org.transdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISkeleton;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.IMultilingual;
import net.sf.okapi.common.resource.Property;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;
import org.transdesk.store.SourceSegment;

/**
 * Reads one article through its Okapi filter and cuts every text unit into SRX sentences, each in
 * neutral inline form with its fingerprint and GMX-V word count. Plain text is read line by line
 * (Okapi's default plain-text filter), so headline, standfirst, byline lines and paragraphs stay
 * apart, once the lines wrapped inside a paragraph are joined ({@link HardWrap}). Filters and
 * segmenters are kept per thread and reused.
 */
final class ArticleReader {
  private static final ThreadLocal<Map<Format, IFilter>> FILTERS = ThreadLocal.withInitial(() -> new EnumMap<>(Format.class));
  private static final int SNIFF = 8192;

  private final SentenceRules rules;

  ArticleReader(SentenceRules rules) {
    this.rules = rules;
  }

  /**
   * Decodes an article's bytes as UTF-8 (a BOM is dropped), or as UTF-16 when a byte order mark
   * says so (what Windows editors save as "Unicode"), refusing binary files and other encodings.
   */
  static String decode(String name, byte[] bytes) {
    java.nio.charset.Charset utf16 = org.transdesk.ByteOrderMark.utf16(bytes);
    String wide = utf16 == null ? null : utf16Text(utf16, bytes);
    if (wide != null) return wide;
    for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
      if (bytes[i] == 0) {
        throw new DeskException(ExitCode.REJECTED, "%s: binary file, not a text, HTML or Markdown article; give the article as UTF-8 text", name);
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s:%d: not UTF-8 text (binary, or another encoding); save the article as UTF-8",
          name, lineOfBadByte(bytes));
    }
  }

  /** The text after a UTF-16 byte order mark, or null when the rest is not UTF-16 text (binary after all). */
  private static String utf16Text(java.nio.charset.Charset utf16, byte[] bytes) {
    try {
      String text = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
      return text.indexOf('\0') < 0 ? text : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Checks that a file is an article {@link #decode} takes and that it holds some text: an empty
   * file (what a failed download or save leaves) would otherwise become a version without
   * sentences that drops every segment of the article. Ingest checks every file this way before
   * it writes the first, so a folder with one Latin-1 article is refused before any other is stored.
   */
  static void check(String name, byte[] bytes) {
    if (decode(name, bytes).isBlank()) {
      throw new DeskException(ExitCode.REJECTED,
          "%s: the file is empty (no text); nothing to ingest: check that it was saved or downloaded completely", name);
    }
  }

  private static int lineOfBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int line = 1;
    for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
    return line;
  }

  /** Sends every sentence of the article, in document order, to the sink; returns the number of text units. */
  int read(String name, String text, Format format, Language language, Consumer<SourceSegment> sink) {
    LocaleId locale = LocaleId.fromBCP47(language.tag());
    ISegmenter segmenter = rules.segmenter(language);
    IFilter filter = FILTERS.get().computeIfAbsent(format, ArticleReader::filter);
    int paragraph = 0;
    Map<String, String> referents = new HashMap<>();
    if (format == Format.MARKDOWN) {
      // Okapi keeps the front matter out of the text units; its title and description come first.
      for (String value : FrontMatter.texts(text)) {
        if (cut(new TextContainer(value), paragraph + 1, segmenter, locale, referents, sink)) paragraph++;
      }
    }
    try (RawDocument raw = new RawDocument(format == Format.TEXT ? HardWrap.unwrap(text) : text, locale)) {
      filter.open(raw);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isDocumentPart() && event.getDocumentPart().isReferent()) {
          DocumentPart part = event.getDocumentPart();
          referents.put(part.getId(), resolve(part.getSkeleton(), part, null, referents));
        }
        if (!event.isTextUnit()) continue;
        ITextUnit unit = event.getTextUnit();
        if (unit.isReferent()) referents.put(unit.getId(), resolve(unit.getSkeleton(), unit, unit.getSource().toString(), referents));
        if (!unit.isTranslatable()) continue;
        TextContainer container = unit.getSource();
        if (format == Format.MARKDOWN) {
          softBreaksToSpaces(container);
          referenceLinks(container.getFirstContent());
        }
        if (cut(container, paragraph + 1, segmenter, locale, referents, sink)) paragraph++;
      }
    } catch (OkapiException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: cannot read it as %s (%s); check the file or pass --format", name, format, e.getMessage());
    } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      // Okapi's HTML filter looks up the character set a <meta> element names (found by fuzzing).
      FILTERS.get().remove(format);
      String charset = e instanceof java.nio.charset.IllegalCharsetNameException illegal ? illegal.getCharsetName()
          : ((java.nio.charset.UnsupportedCharsetException) e).getCharsetName();
      throw new DeskException(ExitCode.REJECTED, e, "%s: the file declares the character set '%s', which Java does not know;"
          + " save the article as UTF-8 and declare <meta charset=\"utf-8\"> (or none)", name, clip(charset));
    } catch (StackOverflowError e) {
      // Okapi's Markdown parser (and flexmark under it) recurse once per nesting level: thousands of
      // quotes or list levels inside one another exhaust the stack (found by fuzzing). The stack has
      // unwound here; the filter that failed is not used again.
      FILTERS.get().remove(format);
      throw new DeskException(ExitCode.REJECTED, e, "%s: quotes, lists or elements nested thousands of levels deep, more than"
          + " the %s reader can follow; an article is never built like this: check the file", name, format);
    } finally {
      filter.close();
    }
    return paragraph;
  }

  private static String clip(String text) {
    return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static final Pattern SELF = Pattern.compile("\\[#\\$\\$self\\$(?:@%([^\\]]+))?\\]");

  /**
   * The original markup of a referenced part: its skeleton with its own properties (href, src...)
   * and the parts it refers to filled in. Okapi keeps a translatable attribute (alt, title) out of
   * its tag as a text unit of its own, emitted before the tag, and leaves a reference to it in the
   * tag's skeleton ({@code <img src="[#$$self$@%src]" [#$tu2]>}); that text unit's markup,
   * {@code alt="Chart"}, was resolved when it came.
   */
  private static String resolve(ISkeleton skeleton, IMultilingual part, String text, Map<String, String> referents) {
    if (skeleton == null) return text == null ? "" : text;
    String own = SELF.matcher(skeleton.toString()).replaceAll(m -> {
      // A property (href, src) keeps the markup's own escaping; an attribute's text does not.
      String value = m.group(1) == null ? attributeValue(text, skeleton.toString(), m.start()) : property(part, m.group(1));
      return Matcher.quoteReplacement(value == null ? "" : value);
    });
    return NeutralText.resolveReferences(own, referents);
  }

  private static String property(IMultilingual part, String name) {
    Property property = part.getSourceProperty(name);
    if (property == null) property = part.getProperty(name);
    return property == null ? null : property.getValue();
  }

  /**
   * A value as it goes back into its place in the markup: Okapi hands over an attribute's text
   * unescaped ({@code Tom & "Jerry"}), so inside quotes it is escaped again, or the markup kept
   * as the code's original data would not be HTML ({@code alt="Tom & "Jerry""}).
   */
  private static String attributeValue(String value, String skeleton, int at) {
    if (value == null) return "";
    char quote = at > 0 ? skeleton.charAt(at - 1) : 0;
    if (quote != '"' && quote != '\'') return value;
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&') out.append("&amp;");
      else if (c == '<') out.append("&lt;");
      else if (c == quote) out.append(c == '"' ? "&quot;" : "&#39;");
      else out.append(c);
    }
    return out.toString();
  }

  /** Cuts one text unit into sentences and sends them to the sink; whether it had any. */
  private static boolean cut(TextContainer container, int paragraph, ISegmenter segmenter, LocaleId locale,
      Map<String, String> referents, Consumer<SourceSegment> sink) {
    segmenter.computeSegments(asSpaced(container));
    container.getSegments().create(segmenter.getRanges());
    boolean any = false;
    for (Segment segment : container.getSegments()) {
      SourceSegment cut = cut(segment, paragraph, locale, referents);
      if (cut == null) continue;
      any = true;
      sink.accept(cut);
    }
    return any;
  }

  /**
   * The text the sentence rules see: no-break, narrow no-break and figure spaces as spaces. A CMS
   * writes "Mr.&amp;nbsp;Smith", "Dec.&amp;nbsp;4", "3,4&amp;nbsp;Mio.&amp;nbsp;Euro" exactly where a
   * break would be wrong, but SRX rules (Okapi's abbreviations among them, and a desk's own) say
   * {@code \s}, which matches none of them, while ICU's breaker takes them for spaces. Each is
   * replaced one for one, so the ranges found fit the text as written, which keeps its no-break spaces.
   */
  static TextContainer asSpaced(TextContainer container) {
    String coded = container.getFirstContent().getCodedText();
    if (NO_BREAK_SPACE.matcher(coded).find() && container.contentIsOneSegment()) {
      TextContainer spaced = container.clone();
      spaced.getFirstContent().setCodedText(NO_BREAK_SPACE.matcher(coded).replaceAll(" "));
      return spaced;
    }
    return container;
  }

  private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\u00A0\u202F\u2007]");

  private static SourceSegment cut(Segment segment, int paragraph, LocaleId locale, Map<String, String> referents) {
    String text = segment.text.getText();
    NeutralText.Inline inline = (!segment.text.hasCode() && NeutralText.isOnlyProtected(text)
        ? NeutralText.plainOnly(text.strip())
        : NeutralText.of(segment.text, referents)).trimmed();
    // ICU's sentence breaks can leave a no-break space (French typography's, before "»" or "!") as
    // a segment of its own: nothing is left of it once trimmed.
    if (inline.visible().isBlank()) return null;
    boolean isAddress = inline.codes() == null && NeutralText.isOnlyProtected(inline.visible());
    int words = isAddress ? 1 : WordCount.of(inline.plain(), locale) + inline.protectedCodes();
    boolean isProtected = isAddress || !LETTER_OR_NUMBER.matcher(inline.plain()).find();
    return new SourceSegment(paragraph, inline.source(), inline.plain(), inline.codes(), Fingerprint.of(inline.source()), words, isProtected);
  }

  /**
   * A segment whose plain text has none (a stray control character, "&gt;." cut off "&lt;approx.&gt;.",
   * an emoji, a rule of dashes, a URL and its full stop) has nothing to translate: it is protected,
   * like an address alone, so that it is never sent to translators nor counted as untranslated.
   */
  private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");

  /** A soft line break with the blanks around it. */
  private static final Pattern SOFT_BREAK = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*");

  /**
   * A line break inside a Markdown paragraph is a space (CommonMark's soft line break), but Okapi
   * keeps it as a newline, where the sentence breaker always cuts ("The talks would" | "continue
   * in Geneva."). A hard line break (two spaces or a backslash at the line end) is an inline code
   * and stays.
   */
  private static void softBreaksToSpaces(TextContainer container) {
    TextFragment text = container.getFirstContent();
    String coded = text.getCodedText();
    if (coded.indexOf('\n') < 0 && coded.indexOf('\r') < 0) return;
    // The continuation line's indent (a list item's "  ") goes with the break: one space.
    text.setCodedText(SOFT_BREAK.matcher(coded).replaceAll(" "));
  }

  /**
   * Okapi 1.47 reads a Markdown full reference link, {@code [Full results][1]}, as a pair around
   * the text, then an empty pair whose closing code is the label, then a "]" with no start: the
   * translator saw an empty pair and a stray end code. The label and its brackets close the link:
   * one pair, {@code [} and {@code ][1]}.
   */
  static void referenceLinks(TextFragment text) {
    String coded = text.getCodedText();
    for (int i = coded.indexOf(TextFragment.MARKER_CLOSING); i >= 0 && i + 7 < coded.length();
        i = coded.indexOf(TextFragment.MARKER_CLOSING, i + 2)) {
      Code close = code(text, coded, i);
      Code labelOpen = code(text, coded, i + 2);
      Code label = code(text, coded, i + 4);
      Code end = code(text, coded, i + 6);
      if (close == null || labelOpen == null || label == null || label.getData() == null || end == null) continue;
      boolean split = "]".equals(close.getData()) && coded.charAt(i + 2) == TextFragment.MARKER_OPENING && "[".equals(labelOpen.getData())
          && coded.charAt(i + 4) == TextFragment.MARKER_CLOSING && label.getId() == labelOpen.getId()
          && coded.charAt(i + 6) != TextFragment.MARKER_OPENING && "]".equals(end.getData());
      if (!split) continue;
      close.setData("][" + label.getData() + "]");
      close.setOuterData(null);
      text.remove(i + 2, i + 8);
      coded = text.getCodedText();
    }
  }

  /** The code whose marker is at this index of the coded text, or null when none is. */
  private static Code code(TextFragment text, String coded, int at) {
    if (at + 1 >= coded.length() || !TextFragment.isMarker(coded.charAt(at))) return null;
    return text.getCode(coded.charAt(at + 1));
  }

  private static IFilter filter(Format format) {
    return switch (format) {
      case TEXT -> new PlainTextFilter();
      case HTML -> html();
      case MARKDOWN -> markdown();
    };
  }

  /**
   * HTML5 phrasing elements that Okapi 1.47's HTML configuration does not know: it ends a text unit
   * at each of them, so "The storm hit on <time>Thursday</time> night." became three segments. They
   * are inline markup, as {@code <span>} is; their attributes (a {@code datetime}, a {@code value})
   * are data and stay in the code.
   */
  private static final List<String> HTML5_INLINE = List.of("time", "mark", "data", "bdi", "output", "meter", "progress");

  /** Okapi's HTML filter with its own default configuration, plus the HTML5 inline elements it lacks. */
  private static IFilter html() {
    HtmlFilter filter = new HtmlFilter();
    String defaults;
    try (java.io.InputStream in = HtmlFilter.class.getResourceAsStream("nonwellformedConfiguration.yml")) {
      if (in == null) return filter;
      defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read Okapi's HTML configuration", e);
    }
    StringBuilder config = new StringBuilder(defaults.stripTrailing()).append('\n');
    // "elements:" is the configuration's last section: these go into it.
    for (String element : HTML5_INLINE) config.append("\n  ").append(element).append(":\n    ruleTypes: [INLINE]\n");
    filter.setParametersFromString(config.toString());
    return filter;
  }

  /** Okapi's Markdown filter, with code blocks (program code, not prose) kept out of translation. */
  private static IFilter markdown() {
    MarkdownFilter filter = new MarkdownFilter();
    net.sf.okapi.filters.markdown.Parameters parameters = filter.getParameters();
    parameters.setTranslateFencedCodeBlocks(false);
    parameters.setTranslateIndentedCodeBlocks(false);
    return filter;
  }
}
