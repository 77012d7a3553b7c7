/**
 * The config file ({@code .hashvet.yml}): finding it, reading it with file:line errors, and the
 * region and language codes every front end checks. Imports only the root package and
 * {@code garm} (the brand profile's vocabulary).
 */
package dev.hashvet.config;
