/**
 * The context model: what people are posting with a tag, as the live sources and sample files give
 * it and as the rules read it. {@link dev.hashvet.context.Post} (one public post), {@link
 * dev.hashvet.context.LiveSignals} (daily use and headlines), {@link
 * dev.hashvet.context.SourceReport} and {@link dev.hashvet.context.SourceStatus} (what each source
 * answered). Plain immutable records: {@code fetch} produces them, {@code rules} and {@code report}
 * read them, and this package imports nothing of hashvet.
 */
package dev.hashvet.context;
