/**
 * Rate limit per client, in memory (one process): a token bucket per client key. Each client starts with `burst`
 * tokens; a request takes one; tokens come back at `perMinute` per minute, up to `burst`. Several receiver processes
 * each keep their own buckets (the limit is then per process: put the real limit in the reverse proxy if needed).
 * Memory is bounded: at most `maxClients` buckets, the least recently used dropped first.
 */

/** A rate limit: bursts of `burst` requests, refilled at `perMinute` requests per minute. */
export interface RateLimit {
  readonly burst: number;
  readonly perMinute: number;
  /** Buckets kept at most (default 10,000). */
  readonly maxClients?: number;
}

export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(limit: RateLimit) {
    if (!(limit.burst >= 1) || !(limit.perMinute > 0)) throw new RangeError('rateLimit : burst ≥ 1 et perMinute > 0 attendus / rateLimit: expected burst ≥ 1 and perMinute > 0');
    this.#limit = limit;
  }

  /** Takes a token for `client` at `now` (ms): returns 0 when allowed, else the milliseconds until a token is back. */
  take(client: string, now: number): number {
    const { burst, perMinute } = this.#limit;
    const rate = perMinute / 60_000;
    const prev = this.#buckets.get(client);
    const tokens = prev ? Math.min(burst, prev.tokens + Math.max(0, now - prev.at) * rate) : burst;
    this.#buckets.delete(client);
    if (tokens >= 1) {
      this.#buckets.set(client, { tokens: tokens - 1, at: now });
      this.#trim();
      return 0;
    }
    this.#buckets.set(client, { tokens, at: now });
    return Math.ceil((1 - tokens) / rate);
  }

  #trim(): void {
    const max = this.#limit.maxClients ?? 10_000;
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= max) break;
      this.#buckets.delete(key);
    }
  }
}
