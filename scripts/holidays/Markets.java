import com.ibm.icu.util.TimeZone;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Helper for scripts/fetch-holidays.sh, run with the hashvet jar on the class path (for ICU).
 * {@code iso}: prints the ISO 3166-1 codes java.util.Locale knows (the codes observance files
 * accept). {@code zones}: reads "CC zone" lines and prints them back, keeping the zone when ICU
 * places it in that country and the JDK knows it, else the country's first canonical ICU zone.
 */
public class Markets {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("iso")) {
      System.out.println(String.join(" ", Locale.getISOCountries()));
      return;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.trim().split("\\s+");
      String zone = f.length > 1 && known(f[1]) && f[0].equals(TimeZone.getRegion(f[1])) ? f[1]
          : new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
              f[0], null)).stream().filter(Markets::known).findFirst().orElse(null);
      if (zone != null) {
        System.out.println(f[0] + " " + zone);
      }
    }
  }

  private static boolean known(String id) {
    try {
      ZoneId.of(id);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
