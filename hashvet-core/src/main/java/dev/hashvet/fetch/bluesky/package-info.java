/**
 * Bluesky: {@code app.bsky.feed.searchPosts} (by tag or words, newest first) through a session
 * logged in with an app password from the environment ({@code BLUESKY_HANDLE}, {@code
 * BLUESKY_APP_PASSWORD}), reused and refreshed; authors' follower counts from {@code
 * app.bsky.actor.getProfiles} in batches of 25. Imports the {@code fetch} records and {@code
 * fetch.http} only.
 */
package dev.hashvet.fetch.bluesky;
