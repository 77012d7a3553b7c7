package dev.hashvet.vet;

import dev.hashvet.rules.Finding;

/**
 * A finding that an allow entry accepted: kept out of the verdict but shown in reports.
 *
 * @param finding the finding
 * @param reason the entry's reason
 * @param where "file:line" of the entry
 */
public record Allowed(Finding finding, String reason, String where) {}
