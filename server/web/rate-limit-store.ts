/**
 * express-rate-limit's counter kept in the database instead of one process's memory (the
 * library's default MemoryStore), so that several app instances on one database count each
 * client's hits together: alternating between instances gives nobody twice the limit. The window
 * length comes from the limiter's options (`init`); each limiter gets its own key prefix, so
 * the per-address and per-account limits of the login never count into each other. The store's
 * calls are synchronous (store/rate-limits-repository.ts), a few hundred microseconds each.
 */
import type { ClientRateLimitInfo, IncrementResponse, Options, Store as RateLimitStore } from "express-rate-limit";
import type { Store } from "../store/types.js";

export class DatabaseRateLimitStore implements RateLimitStore {
  /** Counts are shared with every other instance of this store on the database. */
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly store: Store,
    readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private counted(hits: number, resetAt: number): ClientRateLimitInfo {
    return { totalHits: hits, resetTime: new Date(resetAt) };
  }

  get(key: string): ClientRateLimitInfo | undefined {
    const count = this.store.readRateLimit(this.prefix + key, this.now());
    return count ? this.counted(count.hits, count.resetAt) : undefined;
  }

  increment(key: string): IncrementResponse {
    const count = this.store.hitRateLimit(this.prefix + key, this.windowMs, this.now());
    return this.counted(count.hits, count.resetAt);
  }

  decrement(key: string): void {
    this.store.unhitRateLimit(this.prefix + key, this.now());
  }

  resetKey(key: string): void {
    this.store.resetRateLimit(this.prefix + key);
  }
}
