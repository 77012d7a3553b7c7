package dev.hashvet.cli;

import dev.hashvet.InputFiles;
import dev.hashvet.HashvetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a post from a file or standard input: strict UTF-8, with a size cap. */
final class InputText {
  /** Inputs larger than this are refused (a post is a few kilobytes). */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private InputText() {}

  static String fromFile(Path file, String label) {
    return decode(InputFiles.read(file, label, MAX_BYTES), label);
  }

  static String fromStream(InputStream in, String label) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw HashvetException.input(label + ": input is over 16 MB; a post is a few KB");
      }
      return decode(bytes, label);
    } catch (IOException e) {
      throw HashvetException.input(label + ": cannot read: " + e.getMessage());
    }
  }

  static String decode(byte[] bytes, String label) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      String s = decoder.decode(buf).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < buf.position() && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw HashvetException.input(label + ":" + line + ": not valid UTF-8 (byte "
          + (buf.position() + 1) + ")", "save the file as UTF-8");
    }
  }
}
