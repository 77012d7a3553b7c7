/**
 * Sampling recent public usage of a tag: the sample file (record and replay), the live sources
 * (one sub-package each, behind {@link dev.hashvet.fetch.Source}), the provider that runs them in
 * parallel within a deadline ({@link dev.hashvet.fetch.LiveContextProvider}) and the one HTTP
 * policy they share ({@code fetch.http}). Sources know nothing of rules, vet or the front ends;
 * they give {@link dev.hashvet.context.Post}s, {@link dev.hashvet.context.LiveSignals} and {@link
 * dev.hashvet.context.SourceReport}s. Imports the root package, {@code config} (source settings) and
 * {@code text} (cleaning, word matching).
 */
package dev.hashvet.fetch;
