/**
 * How many pages one user may have rendered (not served from the cache) per minute: a fixed window
 * per key. Rendering a long document's view costs real time on the one thread that answers
 * everybody, so a script (or a stuck key) changing `?q=` as fast as it can gets 429 instead of
 * stalling every other user. People never come near it; cached pages are not counted.
 */
const WINDOW_MS = 60_000;

export class RenderBudget {
  private windowStart = Date.now();
  private readonly used = new Map<string, number>();

  constructor(private readonly perMinute = Number(process.env.MIZAN_RENDERS_PER_MINUTE) || 120) {}

  /** Counts one render for `key`; false when its budget for this minute is spent. */
  take(key: string): boolean {
    const now = Date.now();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.used.clear();
    }
    const count = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, count);
    return count <= this.perMinute;
  }

  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.windowStart + WINDOW_MS - Date.now()) / 1000));
  }
}
