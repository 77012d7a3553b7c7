/**
 * Wikipedia's "In the news" (current events) from the Wikimedia feed API ({@code
 * /api/rest_v1/feed/featured/YYYY/MM/DD}): the stories that mention the query's words become live
 * events. Imports the {@code fetch} records and {@code fetch.http} only.
 */
package dev.hashvet.fetch.wikipedia;
