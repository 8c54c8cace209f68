/**
 * Temporary folders and database files for tests, removed after the run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

export function tempDir(prefix = "mizan-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function tempDbPath(): string {
  return join(tempDir(), "mizan.db");
}

after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
