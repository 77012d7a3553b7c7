package dev.hashvet.vet;

import dev.hashvet.fetch.ContextProvider;
import java.util.Optional;

/**
 * Where context comes from for a run.
 *
 * @param mode "live", "sample" or "offline"
 * @param provider what gives the context; empty when offline
 * @param required true when no answering source means "could not vet" (live mode)
 */
public record ContextPlan(String mode, Optional<ContextProvider> provider, boolean required) {
  public static final ContextPlan OFFLINE = new ContextPlan("offline", Optional.empty(), false);

  public static ContextPlan sample(ContextProvider p) {
    return new ContextPlan("sample", Optional.of(p), false);
  }

  public static ContextPlan live(ContextProvider p) {
    return new ContextPlan("live", Optional.of(p), true);
  }
}
