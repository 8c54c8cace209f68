/**
 * A minimal browser-like HTTP client for route tests: keeps cookies, reads the CSRF token from the
 * page it last loaded (<meta name="csrf-token">), logs in through the real login form, and posts
 * forms or JSON with the token. Redirects are not followed, so tests see 303s.
 */
import { hashPassword } from "../../server/domain/auth/passwords.js";
import type { Store, UserRole } from "../../server/store/types.js";

export const TEST_PASSWORD = "correct horse battery";

export class Client {
  csrf = "";

  constructor(
    readonly base: string,
    private readonly cookies = new Map<string, string>(),
  ) {}

  /**
   * The same browser reaching another app instance of one service (behind one address, as a load
   * balancer shows them): the cookies are shared from now on, the CSRF token the last page gave is carried over.
   */
  at(base: string): Client {
    const other = new Client(base, this.cookies);
    other.csrf = this.csrf;
    return other;
  }

  /** The value of a cookie this client holds (the session id, …). */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (!name) continue;
      if (/max-age=0|expires=thu, 01 jan 1970/iu.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response & { body_: string }> {
    const res = await fetch(this.base + path, { headers: { cookie: this.cookieHeader(), ...headers }, redirect: "manual" });
    this.remember(res);
    const body = await res.text();
    const token = /<meta name="csrf-token" content="([^"]*)"/u.exec(body)?.[1];
    if (token) this.csrf = token;
    return Object.assign(res, { body_: body });
  }

  /** A field given as a list is sent once per value (ticked boxes of one name). */
  async postForm(path: string, fields: Record<string, string | string[]>, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<Response & { body_: string }> {
    const body = new URLSearchParams(options.csrf === false || "_csrf" in fields ? {} : { _csrf: this.csrf });
    for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    const res = await fetch(this.base + path, {
      method: "POST",
      headers: { cookie: this.cookieHeader(), "content-type": "application/x-www-form-urlencoded", ...options.headers },
      body,
      redirect: "manual",
    });
    this.remember(res);
    return Object.assign(res, { body_: await res.text() });
  }

  async json(method: string, path: string, payload: unknown, options: { csrf?: boolean } = {}): Promise<{ status: number; data: Record<string, unknown> }> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        cookie: this.cookieHeader(),
        "content-type": "application/json",
        accept: "application/json",
        ...(options.csrf === false ? {} : { "x-csrf-token": this.csrf }),
      },
      body: JSON.stringify(payload),
      redirect: "manual",
    });
    this.remember(res);
    const text = await res.text();
    return { status: res.status, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  /** Posts a multipart form (files as name → {bytes, filename}) with the CSRF token, asking for JSON. */
  async upload(path: string, fields: Record<string, string>, files: Record<string, { bytes: Uint8Array; filename: string }>): Promise<{ status: number; data: Record<string, unknown> }> {
    const form = new FormData();
    form.set("_csrf", this.csrf);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    for (const [key, file] of Object.entries(files)) form.set(key, new Blob([file.bytes]), file.filename);
    const res = await fetch(this.base + path, {
      method: "POST",
      headers: { cookie: this.cookieHeader(), accept: "application/json", "x-csrf-token": this.csrf },
      body: form,
      redirect: "manual",
    });
    this.remember(res);
    const text = await res.text();
    return { status: res.status, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  /** Posts a multipart form (files as name → {bytes, filename}) with the CSRF token as a browser does: the page (or redirect) it answers. */
  async uploadForm(path: string, fields: Record<string, string>, files: Record<string, { bytes: Uint8Array; filename: string }>): Promise<Response & { body_: string }> {
    const form = new FormData();
    form.set("_csrf", this.csrf);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    for (const [key, file] of Object.entries(files)) form.set(key, new Blob([file.bytes]), file.filename);
    const res = await fetch(this.base + path, { method: "POST", headers: { cookie: this.cookieHeader() }, body: form, redirect: "manual" });
    this.remember(res);
    return Object.assign(res, { body_: await res.text() });
  }

  /** Logs in through the login form (GET for the token, POST the form). */
  async logIn(name: string, password = TEST_PASSWORD): Promise<void> {
    await this.get("/login");
    const res = await this.postForm("/login", { name, password });
    if (res.status !== 303) throw new Error(`login of ${name} failed: ${res.status}`);
    await this.get("/");
  }
}

/** Creates one user per role, named after the role, with TEST_PASSWORD. */
export function createRoleUsers(store: Store): void {
  const hash = hashPassword(TEST_PASSWORD);
  for (const role of ["admin", "translator", "copy-editor", "viewer"] as UserRole[]) {
    if (!store.findUser(role)) store.createUser(role, hash, role);
  }
}
