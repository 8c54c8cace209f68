/**
 * Changes to a document from the alignment view: alignment operations, undo/redo, status and
 * reverting a revision. Forms post here and are redirected back (POST-redirect-GET); the page
 * script posts the same fields as JSON to /api/… and gets JSON back. Logic lives in services/review.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { ALIGNMENT_OPS, neighbourOf, performAlignment, revertRevision, setStatus, travelHistory, type AlignmentRequest } from "../services/review.js";
import { sendError } from "../web/send-error.js";
import { actorOf } from "../web/actor.js";
import { wantsJson } from "../web/guards.js";
import type { BeadRef } from "../store/types.js";


const int = (value: unknown): number | undefined => {
  const n = Number(value);
  return value === undefined || value === "" || !Number.isInteger(n) ? undefined : n;
};

/**
 * The alignment view's form names its row as one radio value "bead:version:prev:prevVersion:
 * next:nextVersion" and its operation as one button value such as "shift-en-up" or
 * "detach-ar-last"; this spreads both into the fields the JSON API uses.
 */
function expandFormFields(body: Record<string, unknown>): Record<string, unknown> {
  const out = { ...body };
  if (typeof body.target === "string") {
    const [bead, version, prevBead, prevVersion, nextBead, nextVersion] = body.target.split(":");
    Object.assign(out, { bead, version, prevBead, prevVersion, nextBead, nextVersion });
  }
  if (typeof body.op === "string") {
    const shift = /^shift-(en|ar)-(up|down)$/u.exec(body.op);
    const gap = /^gap-(en|ar)$/u.exec(body.op);
    const detach = /^detach-(en|ar)-(first|last)$/u.exec(body.op);
    if (shift) Object.assign(out, { op: "shift", side: shift[1], direction: shift[2] });
    if (gap) Object.assign(out, { op: "gap", side: gap[1] });
    if (detach) Object.assign(out, { op: "detach", side: detach[1], end: detach[2] });
  }
  return out;
}

/** The operation a form or a JSON body asks for. */
export function readAlignmentRequest(raw: Record<string, unknown>): AlignmentRequest | null {
  const body = expandFormFields(raw);
  const op = body.op;
  if (typeof op !== "string" || !(ALIGNMENT_OPS as readonly string[]).includes(op)) return null;
  const direction = body.direction === "up" || body.direction === "down" ? body.direction : undefined;
  // The neighbouring row a merge or shift also changes must be as the user saw it, too: the
  // service refuses the operation without it (nextBead/nextVersion, or prevBead/prevVersion for a
  // shift up; an id without its version counts as no reference).
  const side = neighbourOf(op as AlignmentRequest["op"], direction);
  const id = side ? int(body[`${side}Bead`]) : undefined;
  const version = side ? int(body[`${side}Version`]) : undefined;
  const neighbour: BeadRef | undefined = id !== undefined && version !== undefined ? { id, version } : undefined;
  return {
    op: op as AlignmentRequest["op"],
    bead: int(body.bead),
    version: int(body.version),
    neighbour,
    side: body.side === "en" || body.side === "ar" ? body.side : undefined,
    direction,
    enCount: int(body.enCount),
    arCount: int(body.arCount),
    position: int(body.position),
    end: body.end === "first" || body.end === "last" ? body.end : undefined,
  };
}

function backToRow(req: Request, res: Response, documentId: number, anchor?: string): void {
  if (wantsJson(req)) {
    res.json({ ok: true });
    return;
  }
  res.redirect(303, `/documents/${documentId}${anchor ? `#${anchor}` : ""}`);
}

export function alignDocument(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const documentId = Number(req.params.id);
    const body = req.body as Record<string, unknown>;
    const request = readAlignmentRequest(body);
    try {
      if (!request) {
        res.status(400).json({ error: "unknown-operation", message: res.locals.t("errors.operation.unknown-operation") });
        return;
      }
      // Re-aligning a whole document is heavy: a worker thread does it, the server keeps answering.
      const result = request.op === "realign"
        ? { history: (await ctx.background.tasks.run({ kind: "realign", location: ctx.store.location, documentId, actor: actorOf(res) })).history, row: 1 }
        : performAlignment(ctx.store, documentId, request, actorOf(res));
      // The row acted on and the next one, as they are now (a merge or split makes new rows), so a
      // client can go on working on them without reloading the document.
      if (wantsJson(req)) res.json({ ok: true, ...result, bead: ctx.store.beadAt(documentId, result.row - 1), nextBead: ctx.store.beadAt(documentId, result.row) });
      else backToRow(req, res, documentId, `row-${result.row}`);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function travel(ctx: AppContext, direction: "undo" | "redo") {
  return (req: Request, res: Response, next: NextFunction) => {
    const documentId = Number(req.params.id);
    try {
      const action = travelHistory(ctx.store, documentId, direction, actorOf(res));
      if (wantsJson(req)) res.json({ ok: true, action });
      else backToRow(req, res, documentId);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function changeStatus(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const documentId = Number(req.params.id);
    try {
      setStatus(ctx.store, documentId, (req.body as Record<string, unknown>).status, actorOf(res));
      backToRow(req, res, documentId);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function revert(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const documentId = Number(req.params.id);
    try {
      revertRevision(ctx.store, documentId, Number(req.params.revision), actorOf(res));
      if (wantsJson(req)) res.json({ ok: true });
      else res.redirect(303, `/documents/${documentId}/history`);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}
