package dev.hashvet.calendar;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Reads one calendar file as a stream of rows, in file order. */
public interface CalendarReader extends Closeable {
  /** The next row (or bad row), or null after the last. */
  Entry next() throws IOException;

  /**
   * The columns read so far that hold no calendar key (carried through untouched), each named
   * once, in the order first seen.
   */
  default List<String> unused() {
    return List.of();
  }

  /** Bytes of the file consumed so far, for progress. */
  long bytesRead();
}
