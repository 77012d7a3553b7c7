package dev.hashvet.text;

/**
 * A word of a normalised text with its place in that text.
 *
 * @param word the folded word
 * @param start offset of the first char in the normalised text
 * @param end offset after the last char in the normalised text
 */
public record Token(String word, int start, int end) {}
