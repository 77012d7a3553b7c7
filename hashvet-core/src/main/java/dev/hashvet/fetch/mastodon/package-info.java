/**
 * Mastodon: the tag timeline ({@code /api/v1/timelines/tag/:tag}, paged by the {@code Link}
 * header), the tag's 7-day history ({@code /api/v1/tags/:tag}) and trends ({@code
 * /api/v1/trends/tags}) of one or more instances, asked without login; posts de-duplicated by
 * {@code uri}, HTML turned to text. Imports the {@code fetch} records and {@code fetch.http} only.
 */
package dev.hashvet.fetch.mastodon;
