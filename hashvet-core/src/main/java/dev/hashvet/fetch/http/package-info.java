/**
 * The one HTTP policy every live source uses: one shared OkHttp client (per-source views made with
 * {@code newBuilder()}), connect/read/call time-outs bounded by the check's {@link
 * dev.hashvet.fetch.http.Deadline}, at most two retries for idempotent GETs with backoff and
 * jitter that honour {@code Retry-After} and rate-limit headers up to a cap, a response-size cap,
 * {@code Content-Type} checks, the User-Agent, the on-disk HTTP cache and the verbose log with
 * credentials redacted. Imports only OkHttp and the root {@code fetch} records; never a source,
 * {@code rules} or a front end.
 */
package dev.hashvet.fetch.http;
