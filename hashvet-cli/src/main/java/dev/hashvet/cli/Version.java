package dev.hashvet.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build), for --version and the User-Agent. */
public final class Version implements IVersionProvider {
  /** hashvet's version, or "dev" when run from classes outside a jar. */
  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "hashvet " + current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
