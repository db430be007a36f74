package org.transdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HandOffTest {
  @Test
  void everyUnitArrivesInOrder() {
    List<Long> ids = new ArrayList<>();
    try (HandOff<Long> pipe = new HandOff<>("test-reader")) {
      int count = pipe.run(units -> {
        for (long i = 1; i <= 1000; i++) units.accept(i);
      }, ids::add);
      assertEquals(1000, count);
    }
    assertEquals(1000, ids.size());
    for (int i = 0; i < ids.size(); i++) assertEquals(i + 1, ids.get(i));
  }

  @Test
  void aFailureWhileReadingReachesTheWriter() {
    List<Long> ids = new ArrayList<>();
    try (HandOff<Long> pipe = new HandOff<>("test-reader")) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> pipe.run(units -> {
        for (long i = 1; i <= 300; i++) units.accept(i);
        throw new IllegalStateException("segment 301: stored data cannot be exported");
      }, ids::add));
      assertEquals("segment 301: stored data cannot be exported", e.getMessage());
    }
    // Whole batches of 256 made it across before the failure; the export throws the file away anyway.
    assertEquals(256, ids.size());
  }

  @Test
  @Timeout(10)
  void aFailureWhileWritingStopsTheReader() {
    AtomicInteger fed = new AtomicInteger();
    try (HandOff<Long> pipe = new HandOff<>("test-reader")) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> pipe.run(units -> {
        for (long i = 1; i <= 10_000_000; i++) {
          units.accept(i);
          fed.incrementAndGet();
        }
      }, u -> {
        if (u == 10) throw new IllegalStateException("disk full");
      }));
      assertEquals("disk full", e.getMessage());
      // The reader stopped once the queue (8 batches of 256) was full, not after all ten million.
      assertTrue(fed.get() < 12 * 256, "fed " + fed.get());
      // The pipe is usable again afterwards.
      assertEquals(3, pipe.run(units -> {
        for (long i = 1; i <= 3; i++) units.accept(i);
      }, u -> {}));
    }
  }
}
