package dev.hashvet.vet;

import dev.hashvet.rules.Finding;

/**
 * A finding that an allow entry or the baseline accepted: kept out of the verdict but shown in
 * reports.
 *
 * @param finding the finding
 * @param reason the entry's reason
 * @param where "file:line" of the entry
 * @param baseline true when the baseline file (not the config's allow list) accepted it
 */
public record Allowed(Finding finding, String reason, String where, boolean baseline) {
  public Allowed(Finding finding, String reason, String where) {
    this(finding, reason, where, false);
  }
}
