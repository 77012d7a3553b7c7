package dev.hashvet.report;

/** Hears how far a long run is, after each row. */
public interface Progress {
  /** Does nothing (pipes, logs, --quiet). */
  Progress NONE = new Progress() {
    @Override
    public void update(int rows, long bytes, long totalBytes) {}

    @Override
    public void finish() {}
  };

  /** {@code rows} rows are done; {@code bytes} of the input's {@code totalBytes} are read. */
  void update(int rows, long bytes, long totalBytes);

  /** The run is over: take the bar off the screen. */
  void finish();
}
