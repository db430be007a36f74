package org.transdesk.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The first byte of a file that its declared encoding cannot decode, with its line and column, so
 * a refusal points at the word the translator's tool mangled instead of where the parser happened
 * to be decoding ahead. Used only after a parser has refused the file.
 */
record BadByte(long offset, int line, long column, int value) {
  private static final int BLOCK = 64 * 1024;

  /** The first undecodable byte of the file in the charset, or null when there is none or the file cannot be read. */
  static BadByte find(Path file, String charsetName) {
    CharsetDecoder decoder;
    try {
      decoder = Charset.forName(charsetName).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
    ByteBuffer in = ByteBuffer.allocate(BLOCK);
    CharBuffer out = CharBuffer.allocate(BLOCK);
    long consumed = 0;
    int line = 1;
    long lineStart = 0;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int read = stream.read(in.array(), in.position(), in.remaining());
        if (read < 0) end = true;
        else in.position(in.position() + read);
        in.flip();
        int before = in.position();
        CoderResult result = decoder.decode(in, out, end);
        // Count the lines of what decoded, byte by byte: a line feed is one byte in every ASCII-compatible charset.
        for (int i = before; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
            lineStart = consumed + (i - before) + 1;
          }
        }
        consumed += in.position() - before;
        if (result.isError()) {
          int value = in.get(in.position()) & 0xFF;
          return new BadByte(consumed, line, consumed - lineStart + 1, value);
        }
        out.clear();
        in.compact();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  String describe() {
    return String.format(Locale.ROOT, "byte 0x%02X, byte %d of the line", value, column);
  }
}
