/**
 * News headlines from the GDELT DOC 2.0 API ({@code mode=artlist}, JSON) about the query's words
 * over the last days, at most one request every 5 seconds for the whole run; GDELT's plain-text
 * rate-limit answers (even under HTTP 200) are recognised. Imports the {@code fetch} records and
 * {@code fetch.http} only.
 */
package dev.hashvet.fetch.news;
