package org.transdesk.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.transdesk.Language;

/**
 * Finds glossary entries in source texts, and their renderings in target texts, for one language
 * pair. Source forms are kept in a trie over their tokens' keys (per match mode), so at each token
 * only the forms whose keys continue the text are tried: the cost per segment depends on the
 * segment's length, not on the glossary's size nor on how many names share a first word.
 * Thread-safe once built.
 */
public final class TermMatcher {
  private record Candidate(Entry entry, int order, Form form) {}

  /** The target side of an entry, compiled on first use: approved texts and forms, forbidden forms. */
  private record Renderings(TermMatcher matcher, List<String> approved, List<Form> approvedForms, List<Form> forbiddenForms) {}

  /**
   * A node of the index, reached by the keys of the tokens read so far (its depth). A node with
   * few forms keeps them in a bucket, each checked whole by {@link Form#endAt}; one with more is
   * split by the next token's key into children, keeping the forms that end at its depth and,
   * by their last key, the possessive ones that end one token further (found by a token's key
   * without its "s"). Many children are kept in a hash map behind a bit filter of their keys'
   * hashes, which turns most words of a text away without touching the map (the root holds every
   * entry's first word; most words of a text are none).
   */
  private static final class Node {
    private static final int BUCKET = 8;
    private static final int SCANNED = 8;
    private static final int FILTERED = 64;

    private final int depth;
    private Candidate[] bucket = new Candidate[0];
    private Candidate[] ends;
    private String[] keys;
    private Node[] nodes;
    private Map<String, Node> children;
    private long[] filter;
    private Map<String, Candidate[]> possessives;

    Node(int depth, boolean split) {
      this.depth = depth;
      if (split) bucket = null;
    }

    void add(Candidate candidate) {
      if (bucket != null) {
        bucket = append(bucket, candidate);
        if (bucket.length > BUCKET) split();
        return;
      }
      Form form = candidate.form;
      if (form.size() == depth) {
        ends = ends == null ? new Candidate[] {candidate} : append(ends, candidate);
        return;
      }
      String key = form.keys[depth];
      if (form.possessive && form.size() == depth + 1) {
        if (possessives == null) possessives = new HashMap<>(4);
        Candidate[] same = possessives.get(key);
        possessives.put(key, same == null ? new Candidate[] {candidate} : append(same, candidate));
      }
      Node node = child(key);
      if (node == null) node = addChild(key);
      node.add(candidate);
    }

    private void split() {
      Candidate[] candidates = bucket;
      bucket = null;
      for (Candidate candidate : candidates) add(candidate);
    }

    Node child(String key) {
      if (children != null) {
        if (filter != null) {
          int bit = mix(key.hashCode()) & (filter.length * 64 - 1);
          if ((filter[bit >>> 6] & (1L << bit)) == 0) return null;
        }
        return children.get(key);
      }
      if (keys != null) for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return nodes[i];
      return null;
    }

    private Node addChild(String key) {
      Node node = new Node(depth + 1, false);
      if (children != null) {
        children.put(key, node);
      } else if (keys == null) {
        keys = new String[] {key};
        nodes = new Node[] {node};
      } else if (keys.length < SCANNED) {
        keys = append(keys, key);
        nodes = append(nodes, node);
      } else {
        children = new HashMap<>();
        for (int i = 0; i < keys.length; i++) children.put(keys[i], nodes[i]);
        children.put(key, node);
        keys = null;
        nodes = null;
      }
      return node;
    }

    /** Builds the bit filters of this node and those below it, once every form is in. */
    void seal() {
      if (children != null) {
        if (children.size() >= FILTERED) {
          filter = new long[Integer.highestOneBit(children.size() * 16 - 1) >>> 6 << 1];
          int mask = filter.length * 64 - 1;
          for (String key : children.keySet()) {
            int bit = mix(key.hashCode()) & mask;
            filter[bit >>> 6] |= 1L << bit;
          }
        }
        for (Node node : children.values()) node.seal();
      } else if (nodes != null) {
        for (Node node : nodes) node.seal();
      }
    }

    private static int mix(int hash) {
      return hash ^ (hash >>> 16) ^ (hash >>> 7);
    }

    private static <T> T[] append(T[] array, T element) {
      T[] longer = Arrays.copyOf(array, array.length + 1);
      longer[array.length] = element;
      return longer;
    }
  }

  /** The best match found so far at one position: the longest, then the first in the glossary. */
  private static final class Best {
    private Candidate candidate;
    private int end = -1;

    void offer(Candidate[] candidates, Tokens tokens, int first, Stemmer stemmer) {
      if (candidates == null) return;
      for (Candidate offered : candidates) {
        int offeredEnd = offered.form.endAt(tokens, first, stemmer);
        if (offeredEnd < 0) continue;
        if (offeredEnd > end || (offeredEnd == end && offered.order < candidate.order)) {
          candidate = offered;
          end = offeredEnd;
        }
      }
    }
  }

  private final Language source;
  private final Language target;
  private final Stemmer sourceStemmer;
  private final Stemmer targetStemmer;
  /** The trie's root per match mode, only for the modes some entry uses. */
  private final MatchMode[] modes;
  private final Node[] roots;
  /** Whether some exact source form starts in lower case ("von der Leyen"): see {@link Form#capitalized}. */
  private final boolean capitalizedStarts;
  /** Whether the target is written in the source's script, where a name keeps its source spelling. */
  private final boolean sameScript;
  /** The endings a name may take in the target language ({@link Form#nameEndings}). */
  private final Word.Ending[] nameEndings;
  private final Map<Entry, Renderings> renderings = new ConcurrentHashMap<>();

  TermMatcher(List<Entry> entries, Language source, Language target) {
    this.source = source;
    this.target = target;
    this.sourceStemmer = Stemmer.of(source);
    this.targetStemmer = Stemmer.of(target);
    this.sameScript = source.writtenLike(target);
    this.nameEndings = Form.nameEndings(target.primary());
    // Cutting and stemming every source form is most of the work, and each entry's alone: done on
    // every core (a lint thread waits for this matcher meanwhile). The index is then filled in
    // glossary order, which decides between equal matches.
    List<Entry> all = List.copyOf(entries);
    Form[][] forms = new Form[all.size()][];
    IntStream.range(0, all.size()).parallel().forEach(i -> forms[i] = sourceForms(all.get(i)));
    Map<MatchMode, Node> byMode = new EnumMap<>(MatchMode.class);
    Map<String, String> canonical = new HashMap<>();
    boolean capitalized = false;
    for (int order = 0; order < forms.length; order++) {
      Entry entry = all.get(order);
      for (Form form : forms[order]) {
        int size = form.size();
        if (size == 0) continue;
        capitalized |= form.capitalized != null;
        Candidate candidate = new Candidate(entry, order, form);
        // Names share their words: one copy of each key string (100,000 entries hold ~250,000 keys).
        for (int k = 0; k < size; k++) form.keys[k] = canonical.computeIfAbsent(form.keys[k], key -> key);
        byMode.computeIfAbsent(entry.match(), mode -> new Node(0, true)).add(candidate);
      }
    }
    for (Node root : byMode.values()) root.seal();
    this.modes = byMode.keySet().toArray(new MatchMode[0]);
    this.roots = byMode.values().toArray(new Node[0]);
    this.capitalizedStarts = capitalized;
  }

  private Form[] sourceForms(Entry entry) {
    Form[] forms = new Form[entry.sources().size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = Form.of(entry.sources().get(i), entry.match(), entry.type(), source.primary(), sourceStemmer, false);
    }
    return forms;
  }

  public Language source() {
    return source;
  }

  public Language target() {
    return target;
  }

  /**
   * The entries in a source segment's plain text, left to right, without overlaps: at each
   * position the longest match wins ("US President Joe Biden" over "Joe Biden"), then the entry
   * that comes first in the glossary.
   */
  public List<Match> find(String plain) {
    Tokens tokens = Tokens.of(plain, sourceStemmer);
    List<Match> matches = new ArrayList<>(0);
    int token = 0;
    int size = tokens.size();
    while (token < size) {
      Best best = new Best();
      for (int m = 0; m < roots.length; m++) {
        walk(best, roots[m], modes[m], tokens, token, token);
        // "Von der Leyen said" starts a sentence with the name "von der Leyen": its forms are
        // under the lower-case key.
        if (modes[m] == MatchMode.EXACT && capitalizedStarts) {
          String lower = tokens.uncapitalized(token);
          if (lower != null) walk(best, roots[m].child(lower), MatchMode.EXACT, tokens, token, token + 1);
        }
      }
      if (best.candidate == null) {
        token++;
        continue;
      }
      int start = tokens.start(token);
      int end = tokens.end(best.end - 1);
      matches.add(new Match(best.candidate.entry, start, end, plain.substring(start, end)));
      token = best.end;
    }
    return matches;
  }

  /**
   * Walks down the index from a node reached by the keys of tokens {@code first} to {@code next}
   * - 1, along the text's keys; every form met on the way is checked whole (keys, separators,
   * compounds, capitals) by Form.endAt.
   */
  private void walk(Best best, Node node, MatchMode mode, Tokens tokens, int first, int next) {
    int size = tokens.size();
    for (; node != null; next++) {
      best.offer(node.bucket != null ? node.bucket : node.ends, tokens, first, sourceStemmer);
      if (node.bucket != null || next == size) break;
      if (node.possessives != null) {
        String bare = tokens.keyWithout(next, Word.Ending.S, mode, sourceStemmer);
        if (bare != null) best.offer(node.possessives.get(bare), tokens, first, sourceStemmer);
      }
      node = node.child(tokens.key(next, mode, sourceStemmer));
    }
  }

  /** How many times each entry occurs among the matches, in order of first occurrence. */
  public static Map<Entry, Integer> count(List<Match> matches) {
    Map<Entry, Integer> counts = new LinkedHashMap<>();
    for (Match match : matches) counts.merge(match.entry(), 1, Integer::sum);
    return Collections.unmodifiableMap(counts);
  }

  /** A target segment's plain text, cut once, ready for {@link TargetText#approved} and the other look-ups. */
  public TargetText target(String plain) {
    return new TargetText(plain, this);
  }

  Stemmer targetStemmer() {
    return targetStemmer;
  }

  Word.Ending[] nameEndings() {
    return nameEndings;
  }

  /**
   * The entry's approved renderings for this matcher's target language (see {@link
   * Entry#approved}; a name's source spelling only where the scripts agree), worked out once.
   */
  public List<String> approved(Entry entry) {
    return renderings(entry).approved();
  }

  /** The entry's approved (or forbidden) renderings for this matcher's target language, compiled once. */
  List<Form> targetForms(Entry entry, boolean forbidden) {
    Renderings compiled = renderings(entry);
    return forbidden ? compiled.forbiddenForms() : compiled.approvedForms();
  }

  /**
   * The entry's target side for this matcher: from the entry's own slot when this matcher filled
   * it last, else from this matcher's map (another matcher, for another language, may have filled
   * the slot since), compiled there once.
   */
  private Renderings renderings(Entry entry) {
    if (entry.compiled instanceof Renderings compiled && compiled.matcher() == this) return compiled;
    Renderings compiled = renderings.computeIfAbsent(entry, this::compileRenderings);
    entry.compiled = compiled;
    return compiled;
  }

  private Renderings compileRenderings(Entry entry) {
    List<String> approved = entry.approved(target, sameScript);
    return new Renderings(this, approved, compile(entry, approved), compile(entry, entry.forbidden(target)));
  }

  private List<Form> compile(Entry entry, List<String> texts) {
    List<Form> forms = new ArrayList<>(texts.size());
    for (String text : texts) {
      Form form = Form.of(text, entry.match(), entry.type(), target.primary(), targetStemmer, true);
      if (form.size() > 0) forms.add(form);
    }
    return List.copyOf(forms);
  }
}
