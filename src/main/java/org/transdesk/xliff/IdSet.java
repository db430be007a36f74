package org.transdesk.xliff;

import java.util.HashSet;
import java.util.Set;

/**
 * The unit ids seen in one {@code <file>}, to refuse a duplicate. Decimal ids (transdesk exports
 * use segment ids) live in a primitive hash set so a file of millions of units stays small in
 * memory; other ids go to an ordinary set.
 */
public final class IdSet {
  private static final long DENSE = 1L << 26;
  private final java.util.BitSet dense = new java.util.BitSet(); // ids below DENSE: segment ids are small and dense
  private long[] slots = new long[1024]; // larger decimal ids; 0 = empty, ids are stored + 1
  private int size;
  private final Set<String> others = new HashSet<>();

  /** Adds the id; false when it was already there. */
  public boolean add(String id) {
    long n = decimal(id);
    if (n < 0) return others.add(id);
    if (n < DENSE) {
      if (dense.get((int) n)) return false;
      dense.set((int) n);
      return true;
    }
    return addLong(n + 1);
  }

  boolean contains(String id) {
    long n = decimal(id);
    if (n < 0) return others.contains(id);
    if (n < DENSE) return dense.get((int) n);
    long key = n + 1;
    int mask = slots.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) return false;
      if (slot == key) return true;
    }
  }

  void clear() {
    dense.clear();
    if (size > 0) {
      slots = new long[1024];
      size = 0;
    }
    others.clear();
  }

  private boolean addLong(long key) {
    if (size * 2 >= slots.length) grow();
    int mask = slots.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        slots[i] = key;
        size++;
        return true;
      }
      if (slot == key) return false;
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long key : old) {
      if (key == 0) continue;
      int i = mix(key) & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = key;
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** The value of a canonical decimal id (no sign, no leading zero), or -1. */
  private static long decimal(String id) {
    int length = id.length();
    if (length == 0 || length > 18 || (id.charAt(0) == '0' && length > 1)) return -1;
    long n = 0;
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
