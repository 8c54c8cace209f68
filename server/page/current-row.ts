/**
 * The one current row, which every operation and shortcut acts on: marked visibly (class
 * "picked"), for assistive technology (aria-current) and in the form (its radio button, which the
 * no-script form posts), and announced in the live region when the user moved to it. Kept by bead
 * id, so it survives the row's re-rendering.
 */
import type { CurrentRowState, FeedbackState, Labels } from "./page-context.js";
import { fillTemplate } from "./messages.js";
import { beadOf, rowsOf } from "./rows-dom.js";

export function createCurrentRow(container: HTMLElement, feedback: FeedbackState, labels: Labels): CurrentRowState {
  let bead: number | null = null;
  const find = (id: number | null): HTMLElement | null => (id === null ? null : container.querySelector<HTMLElement>(`.rows > .row[data-bead="${id}"]`));
  const mark = (row: HTMLElement | null) => {
    for (const other of container.querySelectorAll<HTMLElement>(".rows > .row.picked")) {
      if (other === row) continue;
      other.classList.remove("picked");
      other.removeAttribute("aria-current");
    }
    if (!row) return;
    row.classList.add("picked");
    row.setAttribute("aria-current", "true");
    const radio = row.querySelector<HTMLInputElement>('input[name="target"]');
    if (radio) radio.checked = true;
  };
  return {
    bead: () => bead,
    element: () => find(bead),
    set(row, options = {}) {
      bead = beadOf(row);
      mark(row);
      if (options.scroll) row.scrollIntoView({ block: "nearest" });
      if (options.announce) {
        const number = row.querySelector(".row-number")?.textContent ?? "";
        feedback.say(fillTemplate(labels.currentRow, { row: number }));
      }
    },
    restore(next) {
      if (next !== undefined && next !== null && find(next)) bead = next;
      // A row that is gone (merged away) leaves the current row where it was, if any row is there.
      if (!find(bead)) bead = null;
      mark(find(bead));
    },
  };
}

/** The rows' index of the current row in page order, or -1. */
export function currentIndex(container: HTMLElement, current: CurrentRowState): number {
  const id = current.bead();
  return id === null ? -1 : rowsOf(container).findIndex((r) => beadOf(r) === id);
}
