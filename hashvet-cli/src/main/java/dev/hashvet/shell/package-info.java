/**
 * {@code hashvet shell}: an interactive desk for vetting tags and posts while drafting. A JLine
 * line reader (history, completion, multi-line entries) in front of a {@link
 * dev.hashvet.shell.Session}, which keeps the session's settings and hands each entry to the same
 * vet pipeline as {@code check} through a {@link dev.hashvet.shell.Backend} that the {@code cli}
 * package provides. This package imports {@code vet}, {@code report}, {@code rules} and {@code
 * config}, never {@code cli}; it prints only to the writers it is given.
 */
package dev.hashvet.shell;
