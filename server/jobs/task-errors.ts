/**
 * Errors crossing the worker-thread boundary. A thrown error loses its class and fields when it is
 * copied between threads, so a task catches it in the worker, turns it into plain data here, and
 * the main thread rebuilds the same error class: the routes then answer a refusal from a worker
 * exactly as they answer one raised in the request (400 with the import message, 409, 403 …).
 * Errors of no known kind come back as plain Errors with their message (a 500, logged).
 */
import { ConflictError, NotFoundError } from "../store/conflict-error.js";
import { BadRequestError, ForbiddenError } from "../services/errors.js";
import { ImportError, type ImportErrorCode } from "../import/import-error.js";
import { ExportError, type ExportErrorCode } from "../domain/export/export-error.js";
import { ExchangeImportError } from "../domain/exchange-import/exchange-import-error.js";
import { InvalidAlignment } from "../domain/align/check-cover.js";

export type SerialError =
  | { kind: "conflict"; target: string; current: { text?: string; version?: number } }
  | { kind: "not-found"; target: string }
  | { kind: "forbidden"; reason: "role" | "locked" }
  | { kind: "bad-request"; reason: string }
  | { kind: "invalid-alignment"; message: string }
  | { kind: "import"; code: string; params: Record<string, string | number> }
  | { kind: "export"; code: string; params: Record<string, string | number> }
  | { kind: "exchange-import"; code: string; params: Record<string, string | number> }
  | { kind: "other"; message: string };

export function serialiseError(error: unknown): SerialError {
  if (error instanceof ConflictError) return { kind: "conflict", target: error.target, current: error.current };
  if (error instanceof NotFoundError) return { kind: "not-found", target: error.target };
  if (error instanceof ForbiddenError) return { kind: "forbidden", reason: error.reason };
  if (error instanceof BadRequestError) return { kind: "bad-request", reason: error.reason };
  if (error instanceof InvalidAlignment) return { kind: "invalid-alignment", message: error.message };
  if (error instanceof ImportError) return { kind: "import", code: error.code, params: error.params };
  if (error instanceof ExportError) return { kind: "export", code: error.code, params: error.params };
  if (error instanceof ExchangeImportError) return { kind: "exchange-import", code: error.code, params: error.params };
  return { kind: "other", message: error instanceof Error ? error.stack ?? error.message : String(error) };
}

export function rebuildError(error: SerialError): Error {
  switch (error.kind) {
    case "conflict": return new ConflictError(error.target, error.current);
    case "not-found": return new NotFoundError(error.target);
    case "forbidden": return new ForbiddenError(error.reason);
    case "bad-request": return new BadRequestError(error.reason);
    case "invalid-alignment": return new InvalidAlignment(error.message);
    case "import": return new ImportError(error.code as ImportErrorCode, error.params);
    case "export": return new ExportError(error.code as ExportErrorCode, error.params);
    case "exchange-import": return new ExchangeImportError(error.code as ConstructorParameters<typeof ExchangeImportError>[0], error.params);
    case "other": return new Error(`background task failed: ${error.message}`);
  }
}
