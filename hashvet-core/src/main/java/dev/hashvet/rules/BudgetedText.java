package dev.hashvet.rules;

/**
 * A text for a user's regular expression that counts how often the regex looks at it and gives up
 * past a budget: a pattern that backtracks without end ({@code (?:a|a)*?b} on forty a's) stops
 * with {@link Exceeded} instead of running for ever, whatever --timeout says. The count, not the
 * clock, decides, so the same text and pattern always end the same way.
 */
final class BudgetedText implements CharSequence {
  /**
   * Character reads one match may make, plus {@link #PER_CHAR} for each character of the text: a
   * fair pattern reads each character a few times; a runaway one passes this within a second.
   */
  static final long BUDGET = 10_000_000L;

  /** Reads allowed per character of the text, on top of {@link #BUDGET}. */
  static final long PER_CHAR = 5_000;

  /** The regex read the text more than {@link #BUDGET} times. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(long budget) {
      super("the regular expression read the text more than " + budget + " times", null, false,
          false);
    }
  }

  private final String text;
  private final long budget;
  private final long[] steps;
  private final int start;
  private final int end;

  BudgetedText(String text) {
    this(text, BUDGET + PER_CHAR * text.length(), new long[1], 0, text.length());
  }

  private BudgetedText(String text, long budget, long[] steps, int start, int end) {
    this.text = text;
    this.budget = budget;
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
    if (++steps[0] > budget) {
      throw new Exceeded(budget);
    }
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return new BudgetedText(text, budget, steps, start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
