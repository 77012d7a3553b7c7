package dev.hashvet.text;

/**
 * A hashtag found in a post.
 *
 * @param tag the tag as written, without the '#'
 * @param start offset of the '#' in the post (UTF-16 units)
 * @param end offset after the tag's last char
 */
public record ExtractedTag(String tag, int start, int end) {}
