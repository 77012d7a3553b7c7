package dev.hashvet.rules.dates;

import java.time.Instant;

/**
 * The two astronomical events the Chinese calendar rests on, computed with the algorithms of Jean
 * Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): the true new moon (chapter 49, error under
 * a minute) and the sun's apparent ecliptic longitude (chapter 25, low-accuracy method, about 0.01
 * degree, i.e. a quarter of an hour of solar motion). Times are converted from dynamical time to UT
 * with the Espenak-Meeus polynomials for Delta T.
 */
final class Astronomy {
  private static final double J2000 = 2451545.0;
  private static final double DAYS_PER_CENTURY = 36525.0;
  private static final double MILLIS_PER_DAY = 86_400_000.0;
  private static final double UNIX_EPOCH_JD = 2440587.5;
  private static final double TROPICAL_YEAR = 365.242189;

  private Astronomy() {}

  /** The instant of the true new moon nearest to {@code near}. */
  static Instant newMoonNear(Instant near) {
    double jd = julianDay(near);
    double k = Math.round((jd - 2451550.09766) / 29.530588861);
    return fromJulianDay(toUniversal(newMoonJde(k)));
  }

  /** The instant at which the sun's apparent longitude is {@code degrees}, nearest to {@code near}. */
  static Instant sunAtLongitude(double degrees, Instant near) {
    double jde = julianDay(near);
    for (int i = 0; i < 50; i++) {
      double delta = normalise(degrees - apparentSunLongitude(jde));
      if (Math.abs(delta) < 1e-7) {
        break;
      }
      jde += delta * TROPICAL_YEAR / 360.0;
    }
    return fromJulianDay(toUniversal(jde));
  }

  /** The sun's apparent geocentric longitude in degrees [0, 360) at Julian Ephemeris Day {@code jde}. */
  static double apparentSunLongitude(double jde) {
    double t = (jde - J2000) / DAYS_PER_CENTURY;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
        + 0.000289 * Math.sin(3 * m);
    double omega = Math.toRadians(125.04 - 1934.136 * t);
    double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    return ((lambda % 360) + 360) % 360;
  }

  /** Julian Ephemeris Day of the true new moon of lunation {@code k} (k = 0: 6 January 2000). */
  static double newMoonJde(double k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
        - 0.000000058 * t4);
    double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
        + 0.000000011 * t4);
    double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double corr = -0.40720 * Math.sin(mp)
        + 0.17241 * e * Math.sin(m)
        + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f)
        + 0.00739 * e * Math.sin(mp - m)
        - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m)
        - 0.00111 * Math.sin(mp - 2 * f)
        - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m)
        - 0.00042 * Math.sin(3 * mp)
        + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f)
        - 0.00024 * e * Math.sin(2 * mp - m)
        - 0.00017 * Math.sin(om)
        - 0.00007 * Math.sin(mp + 2 * m)
        + 0.00004 * Math.sin(2 * mp - 2 * f)
        + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f)
        + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f)
        + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f)
        - 0.00002 * Math.sin(3 * mp + m)
        + 0.00002 * Math.sin(4 * mp);
    double[][] planetary = {
      {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
      {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
      {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
      {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
      {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}
    };
    double extra = 0;
    for (int i = 0; i < planetary.length; i++) {
      double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
      extra += planetary[i][2] * Math.sin(rad(arg));
    }
    return jde + corr + extra;
  }

  /** Delta T = TT - UT in seconds for a decimal year (Espenak and Meeus, 2006). */
  static double deltaT(double y) {
    double t;
    if (y < 1900) {
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u;
    } else if (y < 1920) {
      t = y - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    } else if (y < 1941) {
      t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    } else if (y < 1961) {
      t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    } else if (y < 1986) {
      t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    } else if (y < 2005) {
      t = y - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    } else if (y < 2050) {
      t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    } else if (y < 2150) {
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }

  private static double toUniversal(double jde) {
    double year = 2000 + (jde - J2000) / 365.25;
    return jde - deltaT(year) / 86400.0;
  }

  static double julianDay(Instant i) {
    return UNIX_EPOCH_JD + i.toEpochMilli() / MILLIS_PER_DAY;
  }

  static Instant fromJulianDay(double jd) {
    return Instant.ofEpochMilli(Math.round((jd - UNIX_EPOCH_JD) * MILLIS_PER_DAY));
  }

  private static double normalise(double degrees) {
    double d = ((degrees % 360) + 540) % 360 - 180;
    return d;
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }
}
