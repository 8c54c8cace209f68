/**
 * Operations in place: the toolbar's buttons (clicked, or through their shortcut), the fix and
 * dismiss buttons of findings, undo and redo. Each request names the row that was current when
 * the user asked (its radio value, read when the request goes: operations run one after another,
 * so a second key press acts on the row as the first left it). The answer's changed rows update
 * the view in place; an answer without rows re-renders them all; an answer that is a page (a
 * preview of a bulk change) is followed. Generic: any button with name="op" works the same way.
 */
import type { AlignmentAnswer, ChangeAnswer, PreviewAnswer, TravelAnswer } from "../web/page-api.js";
import type { PageContext } from "./page-context.js";
import { refusalText } from "./messages.js";
import { send, withView, type Answer } from "./request.js";

/** One operation at a time, in the order asked. */
let queue: Promise<void> = Promise.resolve();
const enqueue = (task: () => Promise<void>) => {
  queue = queue.then(task, task);
};

function rowOfBead(ctx: PageContext, bead: number | null): HTMLElement | null {
  return bead === null ? null : ctx.container.querySelector<HTMLElement>(`.rows > .row[data-bead="${bead}"]`);
}

/** Shows what came back: the changed rows and the message, or the refusal beside the row. */
async function settle(ctx: PageContext, answer: Answer<ChangeAnswer>, acted: number | null): Promise<void> {
  if (!answer.ok) {
    if (answer.redirectedTo) {
      window.location.assign(answer.redirectedTo);
      return;
    }
    ctx.feedback.say(refusalText(answer.data, ctx.labels.unreachable), { row: rowOfBead(ctx, acted), error: true });
    return;
  }
  // A bulk change answers the page that previews it (or another page to go to).
  const data = answer.data as Partial<ChangeAnswer> & Partial<PreviewAnswer> & { redirect?: unknown };
  const next = typeof data.preview === "string" ? data.preview : typeof data.redirect === "string" ? data.redirect : null;
  if (next !== null) {
    window.location.assign(next);
    return;
  }
  if (data.changes) ctx.apply(data.changes, data.current ?? acted);
  else await ctx.reload();
  const row = rowOfBead(ctx, data.current ?? acted) ?? ctx.current.element();
  ctx.feedback.say(typeof data.message === "string" ? data.message : "", { row });
}

export function wireOperations(ctx: PageContext): void {
  ctx.container.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== "align-form") return;
    event.preventDefault();
    const submitter = event.submitter;
    const acted = ctx.current.bead();
    const action = submitter?.getAttribute("formaction");
    // A fix or dismiss button posts to its own address, for its own row.
    const ownRow = submitter?.closest<HTMLElement>(".row") ?? null;
    const op = submitter instanceof HTMLButtonElement ? submitter.value : "";
    if (!action && acted === null && op !== "realign") {
      ctx.feedback.say(ctx.labels.pickFirst, { error: true });
      return;
    }
    enqueue(async () => {
      const body = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === "string") body.append(name, value);
      if (submitter instanceof HTMLButtonElement && submitter.name) body.set(submitter.name, submitter.value);
      if (action) {
        const bead = ownRow ? Number(ownRow.dataset.bead) : acted;
        await settle(ctx, await send<ChangeAnswer>("POST", withView(`/api${action}`), body), bead);
        return;
      }
      // The row as it is now (an earlier operation may have re-rendered it).
      const radio = rowOfBead(ctx, acted)?.querySelector<HTMLInputElement>('input[name="target"]');
      if (radio) body.set("target", radio.value);
      else if (op !== "realign") {
        ctx.feedback.say(ctx.labels.pickFirst, { error: true });
        return;
      }
      await settle(ctx, await send<AlignmentAnswer>("POST", withView(`/api/documents/${ctx.documentId}/align`), body), acted);
    });
  });

  for (const direction of ["undo", "redo"] as const) {
    for (const form of document.querySelectorAll<HTMLFormElement>(`form[action$="/${direction}"]`)) {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        enqueue(async () => {
          const answer = await send<TravelAnswer>("POST", withView(`/api/documents/${ctx.documentId}/${direction}`), {});
          await settle(ctx, answer, ctx.current.bead());
        });
      });
    }
  }
}
