package dev.hashvet;

/**
 * A known failure with a one-line message for the user and the contract's exit code. Front ends
 * print {@link #getMessage()} (and {@link #hint()} when present) without a stack trace.
 */
public class HashvetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code 2: bad invocation, config, rule file or input. */
  public static final int BAD_INPUT = 2;

  /** Exit code 3: could not vet (no live context, or an unexpected error). */
  public static final int COULD_NOT_VET = 3;

  private final int exitCode;
  private final String hint;

  public HashvetException(int exitCode, String message, String hint, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  /** Bad input: the message names the file and line, option or source. */
  public static HashvetException input(String message) {
    return new HashvetException(BAD_INPUT, message, null, null);
  }

  public static HashvetException input(String message, String hint) {
    return new HashvetException(BAD_INPUT, message, hint, null);
  }

  public static HashvetException input(String message, Throwable cause) {
    return new HashvetException(BAD_INPUT, message, null, cause);
  }

  public int exitCode() {
    return exitCode;
  }

  /** A suggestion on what to do next, or null. */
  public String hint() {
    return hint;
  }
}
