/**
 * Requests of the page script: same-origin fetch with the session's CSRF token, JSON asked for,
 * and the view the page shows (its query string: filter, page) passed on so the answer's rows and
 * map match it. A failed request (no network, an answer that is not JSON) has status 0.
 */
import type { RefusalAnswer } from "../web/page-api.js";

export type Answer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; data: RefusalAnswer | null; redirectedTo: string | null };

const csrfToken = (): string => document.querySelector('meta[name="csrf-token"]')?.getAttribute("content") ?? "";

/** `path` with the page's own query string (filter and page of the view shown). */
export function withView(path: string): string {
  return `${path}${window.location.search}`;
}

export async function send<T>(method: string, url: string, body?: URLSearchParams | object): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: "application/json", "x-csrf-token": csrfToken() };
  let payload: string | URLSearchParams | undefined;
  if (body instanceof URLSearchParams) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    payload = body;
  } else if (body) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload ?? null, credentials: "same-origin" });
  } catch {
    return { ok: false, status: 0, data: null, redirectedTo: null };
  }
  const isJson = (res.headers.get("content-type") ?? "").includes("application/json");
  // An operation answered by a page (a preview to look at first): the page goes there.
  if (!isJson) return { ok: false, status: res.ok ? 0 : res.status, data: null, redirectedTo: res.ok && res.redirected ? res.url : null };
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    return { ok: false, status: 0, data: null, redirectedTo: null };
  }
  return res.ok ? { ok: true, status: res.status, data: data as T } : { ok: false, status: res.status, data: data as RefusalAnswer, redirectedTo: null };
}
