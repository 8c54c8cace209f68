/**
 * `mizan user add|list|passwd|remove`: account management from the command line. Passwords are
 * read from the MIZAN_PASSWORD environment variable or from standard input (never from argv,
 * which other users of the machine can see). The accounts service writes the audit entries and
 * refuses what would remove the last admin.
 */
import type { Store } from "../store/types.js";
import { addUser, changePassword, removeAccount } from "../services/accounts.js";
import { CliError } from "./cli-error.js";

export async function readPassword(): Promise<string> {
  if (process.env.MIZAN_PASSWORD) return process.env.MIZAN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/u)[0] ?? "";
}

export function listUsersText(store: Store): string {
  return store.listUsers().map((u) => `${u.name}\t${u.role}${u.disabled ? "\tdisabled" : ""}`).join("\n");
}

export async function addUserCommand(store: Store, name: string, role: string): Promise<string> {
  const user = addUser(store, name, await readPassword(), role, "cli");
  return `added ${user.name} (${user.role})`;
}

export async function passwdCommand(store: Store, name: string): Promise<string> {
  if (!changePassword(store, name, await readPassword(), "cli")) throw new CliError(`no user named ${name}`);
  return `changed the password of ${name}`;
}

export function removeUserCommand(store: Store, name: string): string {
  if (!removeAccount(store, "cli", name)) throw new CliError(`no user named ${name}`);
  return `removed ${name}`;
}
