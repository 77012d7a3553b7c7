package dev.hashvet.rules;

/**
 * A text for a user's regular expression that counts how often the regex looks at it and gives up
 * past a budget: a pattern that backtracks without end ({@code (?:a|a)*?b} on forty a's) stops
 * with {@link Exceeded} instead of running for ever, whatever --timeout says. The count, not the
 * clock, decides, so the same text and pattern always end the same way.
 */
final class BudgetedText implements CharSequence {
  /**
   * Character reads one match may make: a fair pattern over the longest post (20,000 characters)
   * reads a few hundred thousand; a runaway one passes this within a second.
   */
  static final long BUDGET = 10_000_000L;

  /** The regex read the text more than {@link #BUDGET} times. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("the regular expression read the text more than " + BUDGET + " times", null, false,
          false);
    }
  }

  private final String text;
  private final long[] steps;
  private final int start;
  private final int end;

  BudgetedText(String text) {
    this(text, new long[1], 0, text.length());
  }

  private BudgetedText(String text, long[] steps, int start, int end) {
    this.text = text;
    this.steps = steps;
    this.start = start;
    this.end = end;
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    if (++steps[0] > BUDGET) {
      throw new Exceeded();
    }
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return new BudgetedText(text, steps, start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
