/**
 * Sampling recent public usage of a tag: the sample file (record and replay), the live sources
 * (one sub-package each) and the one HTTP policy they share. Sources know nothing of rules, vet or
 * the front ends; they give {@link dev.hashvet.fetch.Post}s and {@link dev.hashvet.fetch.SourceReport}s.
 */
package dev.hashvet.fetch;
