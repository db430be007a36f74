package org.transdesk.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file whose XML declaration names a single-byte encoding (ISO-8859-1, windows-1252…) while its
 * bytes are UTF-8: a tool that rewrote the declaration but not the text. Every byte sequence is
 * valid ISO-8859-1, so the parser reads it without complaint and every accented letter comes out
 * as two ("GesprÃ¤che"). Genuine single-byte text practically never forms valid UTF-8 sequences
 * ("Gespräche" in ISO-8859-1 has 0xE4 before a "c"), so a file with non-ASCII bytes that are all
 * valid UTF-8 is taken as UTF-8 mislabelled.
 */
record MislabelledUtf8(int line, String example) {
  /** Whether the encoding, as declared, is one byte per character and not plain ASCII. */
  static boolean isSingleByte(String declared) {
    if (declared == null || declared.isBlank()) return false;
    try {
      Charset charset = Charset.forName(declared.strip());
      return !charset.equals(StandardCharsets.US_ASCII) && charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return false;
    }
  }

  /** The first UTF-8 character of the file and its line, or null when the file is not UTF-8 with a non-ASCII character. */
  static MislabelledUtf8 find(Path file) {
    if (BadByte.find(file, "UTF-8") != null) return null;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int line = 1;
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          int b = buffer[i] & 0xFF;
          if (b == '\n') line++;
          if (b < 0x80) continue;
          // The first multi-byte character: its bytes may run into the next block.
          int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
          byte[] pending = new byte[length];
          int have = Math.min(length, n - i);
          System.arraycopy(buffer, i, pending, 0, have);
          if (have < length && in.readNBytes(pending, have, length - have) < length - have) return null;
          return new MislabelledUtf8(line, new String(pending, StandardCharsets.UTF_8));
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
