/**
 * Errors across the worker-thread boundary: each known kind, serialised, copied as a worker
 * message is copied (structuredClone), and rebuilt, comes back as the same class with the same
 * fields; anything else comes back as a plain Error that keeps the message.
 */
import { expect } from "chai";
import { rebuildError, serialiseError } from "../../server/jobs/task-errors.js";
import { ConflictError, NotFoundError } from "../../server/store/conflict-error.js";
import { BadRequestError, ForbiddenError } from "../../server/services/errors.js";
import { ImportError } from "../../server/import/import-error.js";
import { ExportError } from "../../server/domain/export/export-error.js";
import { ExchangeImportError } from "../../server/domain/exchange-import/exchange-import-error.js";
import { InvalidAlignment } from "../../server/domain/align/check-cover.js";

const across = (error: unknown) => rebuildError(structuredClone(serialiseError(error)));

describe("task errors", () => {
  const TABLE: [string, Error, (new (...args: never[]) => Error), Record<string, unknown>][] = [
    ["a conflict", new ConflictError("paragraph:4", { text: "now", version: 3 }), ConflictError, { target: "paragraph:4", current: { text: "now", version: 3 } }],
    ["a missing thing", new NotFoundError("document:9"), NotFoundError, { target: "document:9" }],
    ["a refused role", new ForbiddenError("role"), ForbiddenError, { reason: "role" }],
    ["a locked document", new ForbiddenError("locked"), ForbiddenError, { reason: "locked" }],
    ["bad input", new BadRequestError("bad-split"), BadRequestError, { reason: "bad-split" }],
    ["an invalid alignment", new InvalidAlignment("paragraph 3 twice"), InvalidAlignment, { message: "paragraph 3 twice" }],
    ["an import refusal", new ImportError("too-large", { limit: 5 }), ImportError, { code: "too-large", params: { limit: 5 } }],
    ["an export refusal", new ExportError("bad-date", { value: "2024-02-30" }), ExportError, { code: "bad-date", params: { value: "2024-02-30" } }],
    ["an exchange-file refusal", new ExchangeImportError("empty", {}), ExchangeImportError, { code: "empty", params: {} }],
  ];
  for (const [what, error, kind, fields] of TABLE) {
    it(`rebuilds ${what} as its own class with its fields`, () => {
      const rebuilt = across(error);
      expect(rebuilt).to.be.instanceOf(kind);
      for (const [field, value] of Object.entries(fields)) expect((rebuilt as unknown as Record<string, unknown>)[field], field).to.deep.equal(value);
    });
  }

  it("rebuilds an unknown error as a plain Error that keeps its message and stack", () => {
    const rebuilt = across(new TypeError("x is not a function"));
    expect(rebuilt.constructor).to.equal(Error);
    expect(rebuilt.message).to.match(/^background task failed: TypeError: x is not a function/u);
    expect(across("a thrown string").message).to.equal("background task failed: a thrown string");
  });

  it("serialises to plain data only (what a worker message can carry)", () => {
    for (const [, error] of TABLE) {
      const data = serialiseError(error);
      expect(structuredClone(data)).to.deep.equal(data);
      expect(Object.getPrototypeOf(data)).to.equal(Object.prototype);
    }
  });
});
