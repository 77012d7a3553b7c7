/**
 * The rule engine: rule packs and term lists are YAML data files; one small matcher class per kind
 * (terms, pattern, tag reading, combination, context share, date, evasion, live signal). Imports
 * {@code text}, {@code garm}, the data records of {@code fetch} and the root package; never
 * {@code cli}, {@code report}, {@code shell} or a source.
 */
package dev.hashvet.rules;
