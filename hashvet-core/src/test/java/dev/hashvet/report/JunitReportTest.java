package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.vet.FailOn;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML that the JDK's parser reads back: one case per row, failures and errors counted. */
class JunitReportTest {
  private static String junit(Run run) {
    StringWriter sw = new StringWriter();
    new JunitReport(new PrintWriter(sw)).write(run, Fixtures.info(run, false));
    return sw.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneCasePerRowWithFailuresAtOrAboveFailOn() throws Exception {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    Document doc = parse(junit(run));
    Element suite = doc.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("classname")).isEqualTo("plans/q4 plan.csv");
    assertThat(first.getAttribute("name")).startsWith("bk-<1>|x (line 2): <script>");
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("BLOCK");
    assertThat(failure.getAttribute("message")).contains("combo.named-disaster-promotion");
    assertThat(failure.getTextContent()).contains("<script>alert('x')</script> ]]>")
        .contains("😀👍🏽").contains("why:");
    Element bad = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(bad.getAttribute("type")).isEqualTo("bad row");
    assertThat(bad.getAttribute("message")).contains("publish_at").contains("<script>");
    assertThat(((Element) bad.getParentNode()).getAttribute("name")).isEqualTo("bk-4 (line 5)");
  }

  @Test
  void failOnReviewFailsReviewRowsAndNeverFailsNone() throws Exception {
    Document review = parse(junit(Fixtures.calendar(FailOn.REVIEW)));
    assertThat(review.getDocumentElement().getAttribute("failures")).isEqualTo("3");
    Document never = parse(junit(Fixtures.calendar(FailOn.NEVER)));
    assertThat(never.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(never.getElementsByTagName("system-out").getLength()).isGreaterThan(0);
  }

  @Test
  void controlCharactersAreVisibleNotInvalid() {
    String xml = junit(Fixtures.calendar(FailOn.BLOCK));
    assertThat(xml).doesNotContain("\u0000").doesNotContain("\u0007").doesNotContain("\u001B")
        .doesNotContain("\uFFFF").contains("\\u001B[31m").contains("&lt;script&gt;");
    assertThat(xml).doesNotContain("<![CDATA[");
  }
}
