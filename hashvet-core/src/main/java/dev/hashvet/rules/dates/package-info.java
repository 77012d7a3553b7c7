/**
 * The sensitive-date calendar: observances (remembrance days, tragedy anniversaries, religious
 * and political dates) read from YAML data under {@code /dates/}, and the date rules that place
 * them in any year (fixed days, nth weekdays, Easter, the Hijri, Hebrew and Chinese calendars, solar
 * terms, and dated tables where no algorithm is practical). {@link
 * dev.hashvet.rules.dates.ObservanceCalendar} answers which observances are in force at an instant
 * in each market's own time zone. Imports the root package and {@link dev.hashvet.rules.Severity}
 * only; never {@code cli}, {@code report}, {@code shell}, {@code vet} or {@code fetch}.
 */
package dev.hashvet.rules.dates;
