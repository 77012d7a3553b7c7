package dev.hashvet.rules.evidence;

/**
 * A trick that hides what a tag says (invisible characters, look-alike letters...).
 *
 * @param kind the trick's id, e.g. "zero_width"
 * @param in where it is: the tag without '#'
 * @param detail what was found, in words
 * @param readsAs what it reads as once the trick is undone
 */
public record Evasion(String kind, String in, String detail, String readsAs) implements Evidence {
  @Override
  public void write(Fields out) {
    out.string("kind", kind);
    out.string("in", in);
    out.string("detail", detail);
    out.string("reads_as", readsAs);
  }
}
