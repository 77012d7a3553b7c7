/**
 * Orchestrates one submission: text analysis, context (live, recorded or none), the rules, the
 * allow list and the verdict. Imports {@code text}, {@code fetch}, {@code rules}, {@code config}
 * and the root package; never a front end ({@code cli}, {@code calendar}, {@code shell}) or
 * {@code report}.
 */
package dev.hashvet.vet;
