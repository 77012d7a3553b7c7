package dev.hashvet.rules.evidence;

import java.util.Optional;

/**
 * The term of a term list that a span matched.
 *
 * @param term the list's term
 * @param list the list's id
 * @param lang the term's language
 * @param sense the sense read from cue words, for an ambiguous term (empty: the specific sense)
 * @param cue the cue word that told the sense, if one did
 */
public record ListTerm(String term, String list, String lang, Optional<String> sense,
    Optional<String> cue) {
  void write(Fields out) {
    out.string("term", term);
    out.string("list", list);
    out.string("lang", lang);
    sense.ifPresent(s -> out.string("sense", s));
    cue.ifPresent(c -> out.string("cue", c));
  }
}
