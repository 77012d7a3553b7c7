package dev.hashvet.garm;

import java.util.List;

/**
 * Who the brand is, from {@code brand:} in the config: for rules that tell the brand's own name,
 * handles and tags from someone else's (a tag the brand owns is not a hijack by the brand).
 *
 * @param name the brand's name as written, or ""
 * @param handles its social handles without the '@', as written
 * @param tags its own hashtags without the '#', as written
 * @param industry the industry preset named ({@link Industries}), or ""
 */
public record Brand(String name, List<String> handles, List<String> tags, String industry) {
  /** No brand given. */
  public static final Brand NONE = new Brand("", List.of(), List.of(), "");

  public Brand {
    handles = List.copyOf(handles);
    tags = List.copyOf(tags);
  }

  public boolean isEmpty() {
    return name.isEmpty() && handles.isEmpty() && tags.isEmpty() && industry.isEmpty();
  }
}
