/**
 * Changes to a document from the alignment view: alignment operations, undo/redo, status and
 * reverting a revision. Forms post here and are redirected back (POST-redirect-GET); the page
 * script posts the same fields as JSON to /api/… and gets JSON back: what was done and the rows
 * it changed, rendered (web/page-api.ts), for the view the page shows (its query string: filter
 * and page). The bulk operations (confirm all above, re-align) write nothing here: they store a
 * preview (services/bulk-changes.ts) and answer its page, /bulk/:id (a redirect; JSON
 * `{ ok, preview }`, which the page script opens). Logic lives in services/review; each handler is
 * a controller for web/http.ts (parse, call the service, answer).
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import {
  ALIGNMENT_OPS, neighbourOf, performAlignment, revertRevision, rowsAround, setStatus, travelHistory, type AlignmentRequest,
} from "../services/review.js";
import { previewConfirmAbove } from "../services/bulk-changes.js";
import { realignPreviewInWorker } from "../services/worker-tasks.js";
import { BadRequestError } from "../services/errors.js";
import { readRowFilter } from "../services/alignment-view.js";
import { rowChangesSince, snapshotRows } from "../services/row-changes.js";
import { http } from "../web/http.js";
import { describeDone, describeTravel, renderRowChanges } from "../web/row-changes-answer.js";
import type { AlignmentAnswer, AlignmentFields, PreviewAnswer, TravelAnswer } from "../web/page-api.js";
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
export function readAlignmentRequest(raw: Partial<AlignmentFields> & Record<string, unknown>): AlignmentRequest | null {
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

const documentIdOf = (req: Request): number => Number(req.params.id);
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const backToDocument = (documentId: number, anchor?: string): string => `/documents/${documentId}${anchor ? `#${anchor}` : ""}`;

export function alignDocument(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const request = readAlignmentRequest(bodyOf(req));
      if (!request) throw new BadRequestError("unknown-operation");
      return { documentId: documentIdOf(req), request, filter: readRowFilter(req.query) };
    },
    run: async ({ store, background }, { documentId, request, filter }, actor, _t, lang) => {
      // A bulk change is shown before it is made: its preview is stored and its page answered.
      // Proposing a re-alignment is heavy: a worker thread does it, the server keeps answering.
      if (request.op === "realign") return { preview: `/bulk/${await realignPreviewInWorker(store, background.tasks, documentId, actor)}` };
      if (request.op === "confirm-above") return { preview: `/bulk/${previewConfirmAbove(store, documentId, request.bead, request.version, actor)}` };
      const before = snapshotRows(store, documentId);
      const result = performAlignment(store, documentId, request, actor);
      // The row acted on and the next one, as they are now (a merge or split makes new rows), so a
      // client can go on working on them without reloading the document.
      return { ...result, ...rowsAround(store, documentId, result.row), changes: rowChangesSince(store, documentId, before, filter, lang) };
    },
    answer: {
      json: (result, { request }, view): AlignmentAnswer | PreviewAnswer => {
        if (result.preview !== undefined) return { ok: true, preview: result.preview };
        const { changes, ...done } = result;
        return {
          ok: true, ...done,
          message: describeDone(view, request.op, done.row),
          changes: renderRowChanges(changes, view),
          current: done.bead?.id ?? null,
        };
      },
      redirect: (result, { documentId }) => (result.preview !== undefined ? result.preview : backToDocument(documentId, `row-${result.row}`)),
    },
  });
}

export function travel(ctx: AppContext, direction: "undo" | "redo") {
  return http(ctx, {
    parse: (req) => ({ documentId: documentIdOf(req), filter: readRowFilter(req.query) }),
    run: ({ store }, { documentId, filter }, actor, _t, lang) => {
      const before = snapshotRows(store, documentId);
      const moved = travelHistory(store, documentId, direction, actor);
      return { moved, changes: rowChangesSince(store, documentId, before, filter, lang) };
    },
    answer: {
      json: ({ moved, changes }, _input, view): TravelAnswer => {
        // Where the change was: the first row it touched (none for a change that only removed rows).
        const first = changes.touched[0];
        const row = first === undefined ? null : changes.order.indexOf(first) + 1;
        return {
          ok: true, action: moved?.action ?? null, kind: moved?.kind ?? null,
          // A bulk change undoes as one: how many changes in which documents it moved.
          ...(moved?.group ? { group: moved.group } : {}),
          message: describeTravel(view, direction, moved?.action ?? null, row),
          changes: renderRowChanges(changes, view),
          current: first ?? null,
        };
      },
      redirect: (_, { documentId }) => backToDocument(documentId),
    },
  });
}

export function changeStatus(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ documentId: documentIdOf(req), status: bodyOf(req).status }),
    run: ({ store }, { documentId, status }, actor) => setStatus(store, documentId, status, actor),
    answer: { json: () => ({ ok: true }), redirect: (_, { documentId }) => backToDocument(documentId) },
  });
}

export function revert(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ documentId: documentIdOf(req), revision: Number(req.params.revision) }),
    run: ({ store }, { documentId, revision }, actor) => revertRevision(store, documentId, revision, actor),
    answer: { json: () => ({ ok: true }), redirect: (_, { documentId }) => `/documents/${documentId}/history` },
  });
}
