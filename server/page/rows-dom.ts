/**
 * Applies an operation's changes to the rows on the page: replaces the changed rows by the
 * server's rendering, inserts new ones, removes those gone (row-plan.ts decides which), renumbers
 * the rows whose number moved (their id, radio, label and its accessible name: cheap, no
 * re-render) and swaps the map when the structure changed. Rows keep their bead id (data-bead) as
 * their identity. (Open editors are taken out before and put back after: inline-editor.ts.)
 */
import type { RowChanges } from "../web/page-api.js";
import { fillTemplate, formatNumber } from "./messages.js";
import { planRowUpdate, rowNumbers } from "./row-plan.js";

export const rowsOf = (container: HTMLElement): HTMLElement[] => [...container.querySelectorAll<HTMLElement>(".rows > .row")];

export const beadOf = (row: Element): number => Number(row.getAttribute("data-bead"));

/** The first element of an HTML fragment (the server's rendering of one row or of the map). */
function parse(html: string): Element | null {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content.firstElementChild;
}

export type ApplyOptions = { lang: string; pickTemplate: string };

export function applyRowChanges(container: HTMLElement, changes: RowChanges, options: ApplyOptions): void {
  const rows = rowsOf(container);
  const byBead = new Map(rows.map((r) => [beadOf(r), r]));
  const plan = planRowUpdate(rows.map(beadOf), changes);
  const rendered = new Map(changes.rows.map((r) => [r.bead, r.html]));
  const fresh = (bead: number): HTMLElement | null => {
    const element = parse(rendered.get(bead) ?? "");
    return element instanceof HTMLElement ? element : null;
  };
  for (const bead of plan.remove) byBead.get(bead)?.remove();
  for (const bead of plan.replace) {
    const old = byBead.get(bead);
    const row = fresh(bead);
    if (!old || !row) continue;
    old.replaceWith(row);
    byBead.set(bead, row);
  }
  for (const { bead, after, before } of plan.insert) {
    const row = fresh(bead);
    if (!row) continue;
    if (after !== null) byBead.get(after)?.after(row);
    else if (before !== null) byBead.get(before)?.before(row);
    byBead.set(bead, row);
  }
  renumber(container, rowNumbers(changes.order), options);
  if (changes.map !== null) {
    const map = parse(changes.map);
    const old = container.querySelector(".alignment-map");
    if (map && old) old.replaceWith(map);
  }
}

/** Gives every row whose number moved its new number (a merge or split moves all that follow). */
function renumber(container: HTMLElement, numbers: Map<number, number>, options: ApplyOptions): void {
  for (const row of rowsOf(container)) {
    const n = numbers.get(beadOf(row));
    if (n === undefined || row.id === `row-${n}`) continue;
    row.id = `row-${n}`;
    const shown = formatNumber(options.lang, n);
    const radio = row.querySelector<HTMLInputElement>('input[name="target"]');
    if (radio) {
      radio.id = `pick-${n}`;
      radio.setAttribute("aria-label", fillTemplate(options.pickTemplate, { row: shown }));
    }
    const label = row.querySelector<HTMLLabelElement>("label.row-number");
    if (label) {
      label.htmlFor = `pick-${n}`;
      label.textContent = shown;
    }
  }
}
