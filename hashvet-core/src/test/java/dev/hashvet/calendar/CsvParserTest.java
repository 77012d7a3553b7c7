package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading with physical line numbers, field positions and recovery from bad quoting. */
class CsvParserTest {
  private static List<CsvParser.Result> parse(String csv) throws IOException {
    CsvParser p = new CsvParser(new StringReader(csv));
    p.sniffDelimiter();
    List<CsvParser.Result> out = new ArrayList<>();
    for (CsvParser.Result r = p.next(); r != null; r = p.next()) {
      out.add(r);
    }
    return out;
  }

  private static List<String> values(CsvParser.Result r) {
    assertThat(r).as(r.toString()).isInstanceOf(CsvParser.Record.class);
    return ((CsvParser.Record) r).fields().stream().map(CsvParser.Field::value).toList();
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
    List<CsvParser.Result> rows = parse("a,b,c\n"
        + "1,\"x, y\",\"say \"\"hi\"\"\"\n"
        + "2,\"two\nlines\",end\n"
        + "3,,\n");
    assertThat(rows).hasSize(4);
    assertThat(values(rows.get(1))).containsExactly("1", "x, y", "say \"hi\"");
    assertThat(values(rows.get(2))).containsExactly("2", "two\nlines", "end");
    assertThat(values(rows.get(3))).containsExactly("3", "", "");
    assertThat(rows.get(2).line()).isEqualTo(3);
    assertThat(rows.get(3).line()).as("the line after a two-line record").isEqualTo(5);
  }

  @Test
  void crlfLoneCrBlankLinesAndByteOrderMark() throws IOException {
    List<CsvParser.Result> rows = parse("\uFEFFid,text\r\n\r\n1,\"a\r\nb\"\r\n2,c\r3,d");
    assertThat(values(rows.get(0))).containsExactly("id", "text");
    assertThat(values(rows.get(1))).containsExactly("1", "a\nb");
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(values(rows.get(2))).containsExactly("2", "c");
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(values(rows.get(3))).containsExactly("3", "d");
    assertThat(rows.get(3).line()).isEqualTo(6);
  }

  @Test
  void fieldsKnowTheirLineAndColumn() throws IOException {
    List<CsvParser.Result> rows = parse("id,text\nx,\"ab\"\"c\"\ny,  \"spaced\"  \n");
    CsvParser.Field f = ((CsvParser.Record) rows.get(1)).fields().get(1);
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.column()).as("the first character inside the quotes").isEqualTo(4);
    assertThat(f.quoted()).isTrue();
    CsvParser.Field g = ((CsvParser.Record) rows.get(2)).fields().get(1);
    assertThat(g.value()).as("spaces around a quoted field are layout").isEqualTo("spaced");
    assertThat(g.column()).isEqualTo(6);
  }

  @Test
  void semicolonAndTabDelimitersAreSniffedFromTheHeader() throws IOException {
    assertThat(values(parse("id;text\n1;\"a,b;c\"\n").get(1))).containsExactly("1", "a,b;c");
    assertThat(values(parse("id\ttext\n1\ta b\n").get(1))).containsExactly("1", "a b");
  }

  @Test
  void aStrayQuoteIsAnErrorForItsRowAndTheNextRowIsRead() throws IOException {
    List<CsvParser.Result> rows =
        parse("id,text\n1,He said \"hi\"\n2,fine\n3,\"closed\"x,y\n4,ok\n");
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1)).isInstanceOf(CsvParser.Bad.class);
    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(((CsvParser.Bad) rows.get(1)).message())
        .contains("column 11").contains("quote inside an unquoted field");
    assertThat(values(rows.get(2))).containsExactly("2", "fine");
    assertThat(((CsvParser.Bad) rows.get(3)).message()).contains("after the closing quote");
    assertThat(values(rows.get(4))).containsExactly("4", "ok");
  }

  @Test
  void anUnclosedQuoteDoesNotSwallowTheRestOfTheFile() throws IOException {
    List<CsvParser.Result> rows = parse("id,text\n1,\"never closed\n2,two\n3,three\n");
    assertThat(rows.get(1)).isInstanceOf(CsvParser.Bad.class);
    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(((CsvParser.Bad) rows.get(1)).message())
        .contains("opened at line 2, column 3 is never closed");
    assertThat(values(rows.get(2))).containsExactly("2", "two");
    assertThat(rows.get(2).line()).isEqualTo(3);
    assertThat(values(rows.get(3))).containsExactly("3", "three");
    assertThat(rows).hasSize(4);
  }

  @Test
  void anUnclosedQuoteOnTheLastLine() throws IOException {
    List<CsvParser.Result> rows = parse("id,text\n1,ok\n2,\"open");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2)).isInstanceOf(CsvParser.Bad.class);
  }

  @Test
  void aRunawayRecordIsCutAtTheLimit() throws IOException {
    String huge = "x".repeat(CsvParser.MAX_RECORD + 10);
    List<CsvParser.Result> rows = parse("id,text\n1,\"" + huge + "\n2,after\n");
    assertThat(rows.get(1)).isInstanceOf(CsvParser.Bad.class);
    assertThat(values(rows.get(2))).containsExactly("2", "after");
  }
}
