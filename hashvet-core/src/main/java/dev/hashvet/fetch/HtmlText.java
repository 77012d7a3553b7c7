package dev.hashvet.fetch;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (a Mastodon post, a Wikipedia story) to plain text with a real HTML parser: entities
 * decoded, tags and comments dropped, a line break for {@code <br>} and after each paragraph or
 * list item, runs of spaces collapsed.
 */
public final class HtmlText {
  /** HTML past this many chars is not parsed (a post is far shorter). */
  static final int MAX_HTML = 200_000;

  // Elements that end a line of text (script and style hold no text here at all).
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3",
      "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "section", "article", "header",
      "footer", "dd", "dt", "figcaption", "hr");

  private HtmlText() {}

  /** The plain text of {@code html}. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    String input = html.length() > MAX_HTML ? html.substring(0, MAX_HTML) : html;
    Element body = Jsoup.parseBodyFragment(input).body();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.text());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName()) && node != body) {
              sb.append('\n');
            }
          }
        },
        body);
    return sb.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]+", " ")
        .replaceAll(" ?\\n ?", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
