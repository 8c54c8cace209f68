/**
 * How the user picks the current row and gives orders: a click anywhere in a row (its radio
 * button included), a map cell or a link to a row or finding of this page (also on arriving with
 * such an address) makes that row current; shortcuts work whatever has focus outside text fields,
 * matched by physical key (keys.ts) so that the Arabic layout works too: moves between rows
 * (navigation.ts), "?" for the list, "i" to edit, and every toolbar button's data-shortcut.
 */
import type { PageContext } from "./page-context.js";
import { moveOf, shortcutName, takesText } from "./keys.js";
import { seekRow, type RowFacts } from "./navigation.js";
import { currentIndex } from "./current-row.js";
import { rowsOf } from "./rows-dom.js";

function factsOf(row: HTMLElement): RowFacts {
  const status = /\bstatus-(\S+)/u.exec(row.className)?.[1] ?? "";
  const band = /\bband-(\S+)/u.exec(row.className)?.[1] ?? "";
  const en = row.querySelectorAll(".cell.en .paragraph").length;
  const ar = row.querySelectorAll(".cell.ar .paragraph").length;
  return { status, band, flagged: row.querySelector(".findings li") !== null, oneToOne: en === 1 && ar === 1 };
}

/** The row an in-page address (#row-4, #finding-12) points into, if it is on this page. */
function rowOfHash(ctx: PageContext, hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  return target && ctx.container.contains(target) ? target.closest<HTMLElement>(".rows > .row") : null;
}

export function wirePointerAndKeys(ctx: PageContext): void {
  ctx.container.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // A map cell (an SVG link) on this page: its row becomes current, in view.
    const cell = target.closest(".alignment-map a");
    if (cell) {
      const href = cell.getAttribute("href") ?? "";
      const row = href.startsWith("#") ? rowOfHash(ctx, href) : null;
      if (row) {
        event.preventDefault();
        history.replaceState(null, "", href);
        ctx.current.set(row, { scroll: true, announce: true });
      }
      return;
    }
    const row = target.closest<HTMLElement>(".rows > .row");
    if (!row) return;
    if (ctx.current.bead() !== Number(row.dataset.bead)) ctx.current.set(row, { announce: true });
    const edit = target.closest("a.edit-link");
    if (edit) {
      event.preventDefault();
      const paragraph = edit.closest<HTMLElement>(".paragraph");
      if (paragraph) void ctx.editors.open(paragraph);
    }
  });

  // Arrow keys move the checked radio button: the current row follows.
  ctx.container.addEventListener("change", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === "target") {
      const row = target.closest<HTMLElement>(".rows > .row");
      if (row) ctx.current.set(row, { announce: true });
    }
  });

  // Links to a row or finding of this page, from anywhere (the findings list, the map's page links).
  const followHash = () => {
    const row = rowOfHash(ctx, window.location.hash);
    if (row) ctx.current.set(row, { scroll: true, announce: true });
  };
  window.addEventListener("hashchange", followHash);
  followHash();

  document.addEventListener("keydown", (event) => {
    if (document.querySelector("dialog[open]")) return;
    const focused = event.target instanceof HTMLElement ? event.target : null;
    if (takesText(focused ? { tagName: focused.tagName, type: (focused as HTMLInputElement).type, isContentEditable: focused.isContentEditable } : null)) return;
    const name = shortcutName(event);
    if (name === null) return;
    if (name === "?") {
      event.preventDefault();
      document.querySelector<HTMLDialogElement>("dialog#shortcuts")?.showModal();
      return;
    }
    const move = moveOf(name);
    if (move) {
      event.preventDefault();
      const rows = rowsOf(ctx.container);
      const to = seekRow(rows.map(factsOf), currentIndex(ctx.container, ctx.current), move);
      const row = to === null ? undefined : rows[to];
      if (row) ctx.current.set(row, { scroll: true, announce: true });
      else ctx.feedback.say(ctx.labels.noMore);
      return;
    }
    if (name === "i") {
      const paragraph = ctx.current.element()?.querySelector("a.edit-link")?.closest<HTMLElement>(".paragraph");
      if (paragraph) {
        event.preventDefault();
        void ctx.editors.open(paragraph);
      }
      return;
    }
    const button = document.querySelector(`[data-shortcut="${CSS.escape(name)}"]`);
    if (button instanceof HTMLButtonElement && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });
}
