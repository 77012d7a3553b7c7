package dev.hashvet.cli;

import dev.hashvet.config.Config;
import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.LiveContextProvider;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Builds the live context provider for check, calendar and shell: the sources from the config
 * (limited by {@code --sources}), credentials from the environment, the deadline from {@code
 * --timeout}, and the cache folder ($XDG_CACHE_HOME/hashvet or ~/.cache/hashvet) unless {@code
 * --no-cache}.
 */
final class LiveSources {
  private LiveSources() {}

  static ContextProvider provider(Env env, Config config, List<String> sources, Duration timeout,
      boolean noCache, PrintWriter verboseLog) {
    LiveContextProvider.Builder b = LiveContextProvider.builder(config, env.vars(), env.clock())
        .userAgent(LiveContextProvider.userAgent(Version.current()))
        .timeout(timeout)
        .sources(sources);
    if (!noCache) {
      LiveContextProvider.defaultCacheDir(env.vars()).ifPresent(b::cacheDir);
    }
    if (verboseLog != null) {
      b.verbose(verboseLog);
    }
    return b.build();
  }
}
