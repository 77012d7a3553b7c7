package dev.hashvet.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Tab completion for bash and zsh, from the command tree hashvet runs (picocli's AutoComplete):
 * commands, options, formats, and the region codes, language codes and rule ids of
 * {@link Candidates}. The zsh file loads the same script through zsh's bashcompinit.
 */
final class Completion {
  private Completion() {}

  /** The bash completion script (for {@code share/bash-completion/completions/hashvet}). */
  static String bash(CommandLine tree) {
    return AutoComplete.bash("hashvet", tree);
  }

  /**
   * The zsh completion function file (for {@code share/zsh/site-functions/_hashvet}): compinit
   * autoloads it on the first Tab after {@code hashvet}; it defines the bash functions under
   * bashcompinit, which registers them for the next Tabs, and completes this one.
   */
  static String zsh(CommandLine tree) {
    return "#compdef hashvet\n"
        + "# zsh completion for hashvet: picocli's bash completion, loaded through bashcompinit.\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + bash(tree)
        + "\n# compinit autoloaded this file for the first Tab: complete it too.\n"
        + "if [[ -n ${words-} ]]; then\n"
        + "  _bash_complete -F _complete_hashvet \"$@\"\n"
        + "fi\n";
  }
}
