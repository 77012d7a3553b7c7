package dev.hashvet.calendar;

import java.io.Closeable;
import java.io.IOException;

/** Reads one calendar file as a stream of rows, in file order. */
public interface CalendarReader extends Closeable {
  /** The next row (or bad row), or null after the last. */
  Entry next() throws IOException;

  /** Bytes of the file consumed so far, for progress. */
  long bytesRead();
}
