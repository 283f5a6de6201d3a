package id.terpadu.web;

/**
 * An exception chain for the log without its messages: each throwable is replaced by one that names its type and
 * keeps its stack, so that a message quoting user input (a child's name, a NIK, a request body) never reaches the
 * log (docs/adr/0032-hostile-input.md).
 */
public final class WithoutMessages extends RuntimeException {

  private WithoutMessages(Throwable original, Throwable cause) {
    super(original.getClass().getName(), cause, false, true);
    setStackTrace(original.getStackTrace());
  }

  /** The chain of {@code e} (causes, at most 20 deep) with type names instead of messages. */
  public static RuntimeException of(Throwable e) {
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && chain.size() < 20 && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    Throwable cause = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      cause = new WithoutMessages(chain.get(i), cause);
    }
    return (RuntimeException) cause;
  }
}
