package org.transdesk.imports;

import java.nio.file.Path;
import org.transdesk.HandOff;

/**
 * Reads a returned file on a thread of its own while the caller decides and writes the units read
 * before: parsing XML costs about as much as the look-ups, triage and inserts together. The
 * handler is called on the caller's thread, in document order, exactly as the wrapped reader would
 * call it. A refusal of the reader reaches the caller after the units read before it; a failure
 * of the handler stops the reading.
 */
final class ReadAhead implements UnitReader {
  private final UnitReader reader;

  ReadAhead(UnitReader reader) {
    this.reader = reader;
  }

  @Override
  public void read(Path file, String name, Handler handler) {
    try (HandOff<Object> handOff = new HandOff<>("import-reader")) {
      handOff.run(items -> reader.read(file, name, new Handler() {
        @Override
        public void file(ReturnedFile returned) {
          items.accept(returned);
        }

        @Override
        public void unit(ReturnedUnit unit) {
          items.accept(unit);
        }
      }), item -> {
        if (item instanceof ReturnedFile returned) handler.file(returned);
        else handler.unit((ReturnedUnit) item);
      });
    }
  }
}
