/**
 * Reddit search, newest first, with an application-only OAuth token (client credentials from
 * {@code REDDIT_CLIENT_ID} and {@code REDDIT_CLIENT_SECRET}); off by default. Reddit's HTML
 * "blocked" page is reported as blocked. Imports the {@code fetch} records and {@code fetch.http}
 * only.
 */
package dev.hashvet.fetch.reddit;
