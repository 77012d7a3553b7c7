/**
 * The campaign calendar front end: reads CSV, JSON and YAML calendars as a stream of rows (each
 * with its file and line, bad rows as errors naming the line and the problem), turns each row into
 * a {@link dev.hashvet.vet.Submission} at its own date, zone, markets and languages, vets the rows
 * in parallel in input order, applies the baseline and hands each result to a
 * {@link dev.hashvet.report.RunWriter}. Imports {@code vet}, {@code report}, {@code config}, the
 * records of {@code rules} ({@code Finding}, {@code Severity}) and the root package; never
 * {@code cli} or {@code shell}, and {@code report} never imports it.
 */
package dev.hashvet.calendar;
