package dev.hashvet.shell;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The two terminals the shell runs on: the user's own (system) terminal when a person is at it, and
 * a dumb terminal over the given input and output when it is scripted or tested.
 */
public final class Terminals {
  private Terminals() {}

  /** The process's terminal, with line editing, colour and signals. */
  public static Terminal system() throws IOException {
    return TerminalBuilder.builder()
        .system(true)
        .name("hashvet")
        .encoding(StandardCharsets.UTF_8)
        .build();
  }

  /**
   * A dumb terminal reading {@code in} and writing to {@code out}: no echo, no cursor movement, no
   * colour. Closing it closes neither {@code in} nor {@code out}. (TerminalBuilder would put a
   * pseudo-terminal between the streams when it can, which echoes input; a script wants answers
   * only.)
   */
  public static Terminal piped(InputStream in, PrintWriter out) throws IOException {
    return new DumbTerminal(
        "hashvet",
        Terminal.TYPE_DUMB,
        new KeepOpen(in),
        new WriterStream(out),
        StandardCharsets.UTF_8);
  }

  /** An input stream whose close() leaves the underlying stream open (it may be System.in). */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  /** Bytes (UTF-8) to a PrintWriter, for the command's out writer. */
  private static final class WriterStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(4096);
    private final CharBuffer chars = CharBuffer.allocate(4096);

    WriterStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void write(int b) {
      if (!bytes.hasRemaining()) {
        drain();
      }
      bytes.put((byte) b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    @Override
    public synchronized void flush() {
      drain();
      out.flush();
    }

    @Override
    public void close() {
      flush();
    }

    private void drain() {
      bytes.flip();
      decoder.decode(bytes, chars, false);
      chars.flip();
      out.append(chars);
      chars.clear();
      bytes.compact();
    }
  }
}
