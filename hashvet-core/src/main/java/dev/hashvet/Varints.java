package dev.hashvet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Unsigned variable-length numbers, seven bits a byte, low bits first, the high bit set on every
 * byte but the last: the one number encoding of the images compiled at build time ({@link
 * TreeImage}, the term forms and the term indexes).
 */
public final class Varints {
  private Varints() {}

  /** Writes {@code v} (0 or more) to {@code out}. */
  public static void write(OutputStream out, int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative count " + v);
    }
    try {
      while (v >= 0x80) {
        out.write((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      out.write(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number at {@code pos[0]} in {@code b}; moves {@code pos[0]} past it. */
  public static int read(byte[] b, int[] pos) {
    int v = 0;
    int shift = 0;
    while (true) {
      int x = b[pos[0]++];
      v |= (x & 0x7f) << shift;
      if (x >= 0) {
        return v;
      }
      shift += 7;
    }
  }
}
