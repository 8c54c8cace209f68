/**
 * Password hashing with scrypt from node:crypto (memory-hard, no native add-on to build): a
 * random 16-byte salt per password, parameters stored with the hash so they can be raised later,
 * comparison in constant time. The server uses the asynchronous forms: scrypt then runs on
 * libuv's thread pool, and a burst of logins never stalls the thread that answers every request.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFC"), salt, KEY_LENGTH, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function hashPasswordAsync(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize("NFC"), salt, KEY_LENGTH, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

type Parsed = { salt: Buffer; expected: Buffer; options: { N: number; r: number; p: number } };

function parse(stored: string): Parsed | null {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return null;
  return { salt: Buffer.from(salt, "base64"), expected: Buffer.from(key, "base64"), options: { N: Number(n), r: Number(r), p: Number(p) } };
}

export function verifyPassword(password: string, stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = scryptSync(password.normalize("NFC"), parsed.salt, parsed.expected.length, parsed.options);
  return actual.length === parsed.expected.length && timingSafeEqual(actual, parsed.expected);
}

export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scryptAsync(password.normalize("NFC"), parsed.salt, parsed.expected.length, parsed.options);
  return actual.length === parsed.expected.length && timingSafeEqual(actual, parsed.expected);
}

/** A random password for first runs: 20 characters from an unambiguous alphabet. */
export function randomPassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(20), (b) => alphabet[b % alphabet.length]).join("");
}
