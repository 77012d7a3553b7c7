/**
 * hashvet vets a hashtag or a draft post before a brand publishes it. The root package holds only
 * {@link dev.hashvet.HashvetException}, the one error type every stage may throw; the stages live in
 * the sub-packages (cli, vet, text, fetch, rules, report, calendar, shell, config).
 */
package dev.hashvet;
