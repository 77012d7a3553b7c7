package dev.hashvet.rules.dates;

import dev.hashvet.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bundled calendar (curated observances, market zones, the imported holidays' files) worked
 * out at build time into one binary image, {@code /compiled/observances.bin}, read in one go at
 * start-up: reading some two thousand observances from their YAML trees (with file:line checks on
 * every key) was most of a check's start-up. The image holds the observances as read, so reading
 * it back gives equal ones (a test compares it with the plain read of the YAML).
 *
 * <p>The build runs {@link #main} over {@code target/classes} after {@code BundledYaml}
 * (exec-maven-plugin, process-classes phase), so the image is made by the reader it replaces.
 */
public final class ObservanceImage {
  /** Where the image lives on the classpath. */
  static final String RESOURCE = "/compiled/observances.bin";

  /** Changed whenever the layout changes. */
  private static final int VERSION = 1;

  private ObservanceImage() {}

  /**
   * What a calendar is made of.
   *
   * @param observances the curated observances, in data order
   * @param zones the markets' zones
   * @param importedFiles the resource of each market's imported holidays
   */
  record Parts(List<Observance> observances, RegionZones zones, Map<String, String> importedFiles) {}

  /** The bundled image, or null when there is none (while the build makes it). */
  static Parts bundled() {
    try (InputStream in = ObservanceImage.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(Parts parts) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(VERSION);
      writeZones(out, parts.zones().listed());
      writeZones(out, parts.zones().more());
      out.writeInt(parts.importedFiles().size());
      for (Map.Entry<String, String> e : parts.importedFiles().entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      out.writeInt(parts.observances().size());
      for (Observance o : parts.observances()) {
        write(out, o);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Parts read(byte[] image) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(image));
      if (in.readInt() != VERSION) {
        throw new IllegalStateException(RESOURCE + " is of another version");
      }
      RegionZones zones = new RegionZones(readZones(in), readZones(in));
      Map<String, String> importedFiles = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        importedFiles.put(in.readUTF(), in.readUTF());
      }
      int n = in.readInt();
      List<Observance> observances = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        observances.add(readObservance(in));
      }
      return new Parts(observances, zones, importedFiles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeZones(DataOutputStream out, Map<String, ZoneId> zones)
      throws IOException {
    out.writeInt(zones.size());
    for (Map.Entry<String, ZoneId> e : zones.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue().getId());
    }
  }

  private static Map<String, ZoneId> readZones(DataInputStream in) throws IOException {
    Map<String, ZoneId> out = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      out.put(in.readUTF(), ZoneId.of(in.readUTF()));
    }
    return out;
  }

  private static void write(DataOutputStream out, Observance o) throws IOException {
    out.writeUTF(o.id());
    out.writeUTF(o.name());
    writeStrings(out, o.regions());
    out.writeByte(o.kind().ordinal());
    write(out, o.schedule());
    out.writeInt(o.window().before());
    out.writeInt(o.window().after());
    out.writeLong(o.time().map(LocalTime::toNanoOfDay).orElse(-1L));
    out.writeUTF(o.zone().map(ZoneId::getId).orElse(""));
    write(out, o.severities());
    out.writeInt(o.overrides().size());
    for (Map.Entry<String, Severities> e : o.overrides().entrySet()) {
      out.writeUTF(e.getKey());
      write(out, e.getValue());
    }
    out.writeUTF(o.guidance());
    out.writeUTF(o.source());
    writeYears(out, o.examples());
    out.writeBoolean(o.anniversary().isPresent());
    if (o.anniversary().isPresent()) {
      Anniversary a = o.anniversary().get();
      out.writeInt(a.year());
      out.writeInt(a.toll().orElse(-1));
      out.writeUTF(a.event().orElse(""));
      writeStrings(out, a.terms());
    }
    out.writeUTF(o.where());
  }

  private static Observance readObservance(DataInputStream in) throws IOException {
    String id = in.readUTF();
    String name = in.readUTF();
    List<String> regions = readStrings(in);
    Kind kind = Kind.values()[in.readByte()];
    Schedule schedule = readSchedule(in);
    Window window = new Window(in.readInt(), in.readInt());
    long time = in.readLong();
    String zone = in.readUTF();
    Severities severities = readSeverities(in);
    Map<String, Severities> overrides = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      overrides.put(in.readUTF(), readSeverities(in));
    }
    String guidance = in.readUTF();
    String source = in.readUTF();
    SortedMap<Integer, List<LocalDate>> examples = readYears(in);
    Optional<Anniversary> anniversary = Optional.empty();
    if (in.readBoolean()) {
      int year = in.readInt();
      int toll = in.readInt();
      String event = in.readUTF();
      anniversary = Optional.of(new Anniversary(year,
          toll < 0 ? OptionalInt.empty() : OptionalInt.of(toll),
          event.isEmpty() ? Optional.empty() : Optional.of(event), readStrings(in)));
    }
    return new Observance(id, name, regions, kind, schedule, window,
        time < 0 ? Optional.empty() : Optional.of(LocalTime.ofNanoOfDay(time)),
        zone.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(zone)), severities, overrides,
        guidance, source, examples, anniversary, in.readUTF());
  }

  private static void write(DataOutputStream out, Severities s) throws IOException {
    out.writeByte(s.promo().ordinal());
    out.writeByte(s.plain().map(Severity::ordinal).orElse(-1));
  }

  private static Severities readSeverities(DataInputStream in) throws IOException {
    Severity promo = Severity.values()[in.readByte()];
    int plain = in.readByte();
    return new Severities(promo,
        plain < 0 ? Optional.empty() : Optional.of(Severity.values()[plain]));
  }

  private static void write(DataOutputStream out, Schedule s) throws IOException {
    write(out, s.rule());
    out.writeInt(s.offset());
    out.writeByte(s.shift().size());
    for (Map.Entry<DayOfWeek, Integer> e : s.shift().entrySet()) {
      out.writeByte(e.getKey().getValue());
      out.writeInt(e.getValue());
    }
    out.writeInt(s.days());
    out.writeBoolean(s.wholeMonth());
  }

  private static Schedule readSchedule(DataInputStream in) throws IOException {
    DateRule rule = readRule(in);
    int offset = in.readInt();
    Map<DayOfWeek, Integer> shift = new EnumMap<>(DayOfWeek.class);
    for (int i = in.readByte(); i > 0; i--) {
      shift.put(DayOfWeek.of(in.readByte()), in.readInt());
    }
    return new Schedule(rule, offset, shift, in.readInt(), in.readBoolean());
  }

  /** The rules' tags in the image. */
  private static final int FIXED = 0;
  private static final int NTH_WEEKDAY = 1;
  private static final int WEEKDAY_BEFORE = 2;
  private static final int WEEKDAY_FROM = 3;
  private static final int JULIAN = 4;
  private static final int EASTER = 5;
  private static final int HIJRI = 6;
  private static final int HEBREW = 7;
  private static final int CHINESE = 8;
  private static final int SOLAR_TERM = 9;
  private static final int TABLE = 10;

  private static void write(DataOutputStream out, DateRule rule) throws IOException {
    if (rule instanceof DateRule.Fixed r) {
      out.writeByte(FIXED);
      write(out, r.day());
    } else if (rule instanceof DateRule.NthWeekday r) {
      out.writeByte(NTH_WEEKDAY);
      out.writeByte(r.month().getValue());
      out.writeByte(r.weekday().getValue());
      out.writeInt(r.nth());
    } else if (rule instanceof DateRule.WeekdayBefore r) {
      out.writeByte(WEEKDAY_BEFORE);
      writeWeekdayRule(out, r.anchor(), r.weekday(), r.nth());
    } else if (rule instanceof DateRule.WeekdayFrom r) {
      out.writeByte(WEEKDAY_FROM);
      writeWeekdayRule(out, r.anchor(), r.weekday(), r.nth());
    } else if (rule instanceof DateRule.Julian r) {
      out.writeByte(JULIAN);
      write(out, r.day());
    } else if (rule instanceof DateRule.EasterSunday r) {
      out.writeByte(EASTER);
      out.writeBoolean(r.orthodox());
    } else if (rule instanceof DateRule.Hijri r) {
      out.writeByte(HIJRI);
      writeMonthDay(out, r.month(), r.day());
    } else if (rule instanceof DateRule.Hebrew r) {
      out.writeByte(HEBREW);
      writeMonthDay(out, r.month(), r.day());
    } else if (rule instanceof DateRule.Chinese r) {
      out.writeByte(CHINESE);
      writeMonthDay(out, r.month(), r.day());
    } else if (rule instanceof DateRule.SolarTerm r) {
      out.writeByte(SOLAR_TERM);
      out.writeDouble(r.longitude());
      out.writeUTF(r.zone().getId());
    } else if (rule instanceof DateRule.Table r) {
      out.writeByte(TABLE);
      writeYears(out, r.years());
    } else {
      throw new IllegalStateException("no image for the date rule " + rule);
    }
  }

  private static DateRule readRule(DataInputStream in) throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case FIXED -> new DateRule.Fixed(readMonthDay(in));
      case NTH_WEEKDAY -> new DateRule.NthWeekday(Month.of(in.readByte()),
          DayOfWeek.of(in.readByte()), in.readInt());
      case WEEKDAY_BEFORE -> new DateRule.WeekdayBefore(readMonthDay(in),
          DayOfWeek.of(in.readByte()), in.readInt());
      case WEEKDAY_FROM -> new DateRule.WeekdayFrom(readMonthDay(in), DayOfWeek.of(in.readByte()),
          in.readInt());
      case JULIAN -> new DateRule.Julian(readMonthDay(in));
      case EASTER -> new DateRule.EasterSunday(in.readBoolean());
      case HIJRI -> new DateRule.Hijri(in.readInt(), in.readInt());
      case HEBREW -> new DateRule.Hebrew(in.readInt(), in.readInt());
      case CHINESE -> new DateRule.Chinese(in.readInt(), in.readInt());
      case SOLAR_TERM -> new DateRule.SolarTerm(in.readDouble(), ZoneId.of(in.readUTF()));
      case TABLE -> new DateRule.Table(new TreeMap<>(readYears(in)));
      default -> throw new IllegalStateException("unknown date rule " + tag + " in " + RESOURCE);
    };
  }

  private static void writeWeekdayRule(DataOutputStream out, MonthDay anchor, DayOfWeek weekday,
      int nth) throws IOException {
    write(out, anchor);
    out.writeByte(weekday.getValue());
    out.writeInt(nth);
  }

  private static void writeMonthDay(DataOutputStream out, int month, int day) throws IOException {
    out.writeInt(month);
    out.writeInt(day);
  }

  private static void write(DataOutputStream out, MonthDay d) throws IOException {
    out.writeByte(d.getMonthValue());
    out.writeByte(d.getDayOfMonth());
  }

  private static MonthDay readMonthDay(DataInputStream in) throws IOException {
    return MonthDay.of(in.readByte(), in.readByte());
  }

  private static void writeYears(DataOutputStream out, SortedMap<Integer, List<LocalDate>> years)
      throws IOException {
    out.writeInt(years.size());
    for (Map.Entry<Integer, List<LocalDate>> e : years.entrySet()) {
      out.writeInt(e.getKey());
      out.writeInt(e.getValue().size());
      for (LocalDate d : e.getValue()) {
        out.writeLong(d.toEpochDay());
      }
    }
  }

  private static SortedMap<Integer, List<LocalDate>> readYears(DataInputStream in)
      throws IOException {
    SortedMap<Integer, List<LocalDate>> out = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      int year = in.readInt();
      List<LocalDate> dates = new ArrayList<>();
      for (int d = in.readInt(); d > 0; d--) {
        dates.add(LocalDate.ofEpochDay(in.readLong()));
      }
      out.put(year, dates);
    }
    return out;
  }

  private static void writeStrings(DataOutputStream out, List<String> strings)
      throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      out.add(in.readUTF());
    }
    return out;
  }

  /** Build step: writes the image of the bundled calendar under the classes folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    Files.write(file, write(ObservanceCalendar.parseBundled()));
  }
}
