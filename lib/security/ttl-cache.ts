/**
 * One value shared by every caller for `ttlMs`, with one computation in flight at a time:
 * a thousand anonymous health checks a second cost one Docker call a second, not a thousand.
 */
export function ttlCache<T>(compute: () => Promise<T>, ttlMs: number, now = () => Date.now()) {
  let value: { at: number; promise: Promise<T> } | null = null;
  return (): Promise<T> => {
    const t = now();
    if (value && t - value.at < ttlMs) return value.promise;
    const promise = compute();
    const entry = { at: t, promise };
    value = entry;
    // A failure is not kept: the next caller tries again.
    promise.catch(() => {
      if (value === entry) value = null;
    });
    return promise;
  };
}
