/**
 * Reporters: text for people, and JSON, SARIF, JUnit XML and Markdown for machines. They read
 * {@code vet} results and never influence them; every string is escaped for its format and cleaned
 * of terminal control sequences in text.
 */
package dev.hashvet.report;
