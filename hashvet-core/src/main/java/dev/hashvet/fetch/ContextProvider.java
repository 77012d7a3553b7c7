package dev.hashvet.fetch;

/**
 * Gives the context for a query: the live sources, or a recorded sample. Implementations are safe
 * to call from several threads and never throw for a source's failure (that is a report status).
 */
public interface ContextProvider {
  /** The posts, source reports and signals for {@code query}. */
  FetchedContext fetch(Query query);
}
