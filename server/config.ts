/**
 * Settings read from the environment, in one place: the database path (MIZAN_DB, default
 * data/mizan.db under the working folder), the port (PORT, default 3000), the address to listen
 * on (HOST, default 127.0.0.1: only this machine, until a proxy or HOST says otherwise) and
 * which proxies to believe about the client's address and scheme (MIZAN_TRUST_PROXY, default
 * none), and where derived data is cached (MIZAN_CACHE_DIR, default the installation's
 * data/cache).
 */
import { join } from "node:path";
import { ROOT } from "./paths.js";

export const DEFAULT_DB = "data/mizan.db";
export const DEFAULT_HOST = "127.0.0.1";

export function databasePath(explicit?: string): string {
  return explicit ?? process.env.MIZAN_DB ?? DEFAULT_DB;
}

/**
 * Where derived data is cached between runs (the compiled dictionary): MIZAN_CACHE_DIR, default
 * the installation's own data/cache — never the current folder of whoever runs a command.
 */
export function cacheDirectory(): string {
  return process.env.MIZAN_CACHE_DIR || join(ROOT, "data", "cache");
}

export function port(): number {
  const value = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  return value;
}

/** The interface address to listen on: HOST, or loopback only. */
export function host(): string {
  return process.env.HOST?.trim() || DEFAULT_HOST;
}

/** What Express's "trust proxy" setting takes: off, a number of proxies in front, or their addresses. */
export type TrustProxy = boolean | number | string;

/**
 * MIZAN_TRUST_PROXY: unset, empty, 0, false, no or off: believe no proxy (X-Forwarded-For is
 * ignored, the client is the connection's address); a number: that many proxies in front (true,
 * yes and on mean 1); anything else: the proxies' addresses or subnets, comma-separated, or
 * Express's names loopback, linklocal and uniquelocal.
 */
export function trustProxy(value = process.env.MIZAN_TRUST_PROXY): TrustProxy {
  const setting = (value ?? "").trim().toLowerCase();
  if (["", "0", "false", "no", "off"].includes(setting)) return false;
  if (["true", "yes", "on"].includes(setting)) return 1;
  if (/^\d+$/u.test(setting)) return Number(setting);
  return setting;
}
