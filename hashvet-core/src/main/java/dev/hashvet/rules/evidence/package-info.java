/**
 * A finding's evidence, typed: one record per kind of match, each writing itself through {@link
 * dev.hashvet.rules.evidence.Fields} as the JSON object the reports show. Imports {@code context}
 * (headlines) and {@code rules.dates} (an observance's window).
 */
package dev.hashvet.rules.evidence;
