/**
 * A row's sentence links in a dialog over the alignment view: the row's "Sentences" link (or `S`
 * on the current row) fetches the panel the server renders (views/partials/sentence-panel.hbs)
 * and shows it; inside, the row keys work on links (sentence-keys.ts), the panel's buttons post
 * their operation as JSON and the answer's panel replaces the dialog's content, and `u`/`U` undo
 * and redo the document's last change (the rows it touched are updated too). Esc closes. Without
 * JavaScript the link opens the same panel as a page, with ordinary forms.
 */
import type { SentencePanelAnswer, TravelAnswer } from "../web/page-api.js";
import type { PageContext } from "./page-context.js";
import { shortcutName, takesText } from "./keys.js";
import { keepLink, panelAction, stepLink } from "./sentence-keys.js";
import { refusalText } from "./messages.js";
import { send, withView } from "./request.js";

type Panel = { dialog: HTMLDialogElement; body: HTMLElement; status: HTMLElement; bead: number | null };

function createDialog(): Panel {
  const dialog = document.createElement("dialog");
  dialog.id = "sentence-dialog";
  dialog.className = "sentence-dialog";
  const body = document.createElement("div");
  const status = document.createElement("p");
  status.className = "status-line";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const close = document.createElement("form");
  close.method = "dialog";
  const button = document.createElement("button");
  button.textContent = document.getElementById("editor-labels")?.dataset.closeSentences ?? "×";
  close.append(button);
  dialog.append(status, body, close);
  document.body.append(dialog);
  return { dialog, body, status, bead: null };
}

const radios = (panel: Panel) => [...panel.body.querySelectorAll<HTMLInputElement>('input[name="link"]')];
const picked = (panel: Panel): number | null => {
  const index = radios(panel).findIndex((r) => r.checked);
  return index < 0 ? null : index;
};
function pick(panel: Panel, index: number | null): void {
  const all = radios(panel);
  for (const [k, radio] of all.entries()) {
    radio.checked = k === index;
    radio.closest(".sentence-link")?.classList.toggle("picked", k === index);
  }
}

export function wireSentencePanel(ctx: PageContext): void {
  const panel = createDialog();
  const say = (text: string, error = false) => {
    panel.status.textContent = text;
    panel.status.classList.toggle("error", error);
    ctx.feedback.say(text, { error });
  };
  const show = (html: string, keep: number | null) => {
    panel.body.innerHTML = html;
    const index = keepLink(radios(panel).length, keep);
    pick(panel, index);
    // Focus stays in the dialog (on the picked link), where the keys and a screen reader are.
    if (panel.dialog.open) (radios(panel)[index ?? 0] ?? panel.dialog).focus();
  };

  const open = async (bead: number) => {
    const answer = await send<SentencePanelAnswer>("GET", `/api/rows/${bead}/sentences`);
    if (!answer.ok) {
      ctx.feedback.say(refusalText(answer.data, ctx.labels.unreachable), { error: true });
      return;
    }
    panel.bead = bead;
    panel.status.textContent = "";
    if (!panel.dialog.open) panel.dialog.showModal();
    show(answer.data.html, 0);
  };

  /** The panel again after an undo or redo (the row may be gone: then the dialog closes). */
  const refresh = async () => {
    if (panel.bead === null) return;
    const answer = await send<SentencePanelAnswer>("GET", `/api/rows/${panel.bead}/sentences`);
    if (answer.ok) show(answer.data.html, picked(panel));
    else panel.dialog.close();
  };

  ctx.container.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a.sentences-link") : null;
    const row = link?.closest<HTMLElement>(".rows > .row");
    if (!link || !row) return;
    event.preventDefault();
    void open(Number(row.dataset.bead));
  });

  document.addEventListener("keydown", (event) => {
    if (document.querySelector("dialog[open]")) return;
    const focused = event.target instanceof HTMLElement ? event.target : null;
    if (takesText(focused ? { tagName: focused.tagName, type: (focused as HTMLInputElement).type, isContentEditable: focused.isContentEditable } : null)) return;
    if (shortcutName(event) !== "S") return;
    const row = ctx.current.element();
    if (!row?.querySelector("a.sentences-link")) return;
    event.preventDefault();
    void open(Number(row.dataset.bead));
  });

  panel.body.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || panel.bead === null) return;
    event.preventDefault();
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") body.append(name, value);
    const submitter = event.submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name) body.set(submitter.name, submitter.value);
    const keep = picked(panel);
    void send<SentencePanelAnswer>("POST", `/api/rows/${panel.bead}/sentences`, body).then((answer) => {
      if (!answer.ok) {
        say(refusalText(answer.data, ctx.labels.unreachable), true);
        return;
      }
      show(answer.data.html, keep);
      say(answer.data.message ?? "");
    });
  });

  panel.body.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === "link") pick(panel, picked(panel));
  });

  // On the document, not the dialog: replacing the panel's content may leave focus on the body.
  document.addEventListener("keydown", (event) => {
    if (!panel.dialog.open) return;
    const focused = event.target instanceof HTMLElement ? event.target : null;
    if (takesText(focused ? { tagName: focused.tagName, type: (focused as HTMLInputElement).type, isContentEditable: focused.isContentEditable } : null)) return;
    const action = panelAction(shortcutName(event));
    if (!action) return;
    event.preventDefault();
    if (action.kind === "move") {
      pick(panel, stepLink(radios(panel).length, picked(panel), action.delta));
      return;
    }
    if (action.kind === "button") {
      const button = panel.body.querySelector(`[data-sentence-shortcut="${CSS.escape(action.shortcut)}"]`);
      if (button instanceof HTMLButtonElement && !button.disabled) button.click();
      return;
    }
    void send<TravelAnswer>("POST", withView(`/api/documents/${ctx.documentId}/${action.direction}`), {}).then(async (answer) => {
      if (!answer.ok) {
        say(refusalText(answer.data, ctx.labels.unreachable), true);
        return;
      }
      if (answer.data.changes) ctx.apply(answer.data.changes);
      say(answer.data.message);
      await refresh();
    });
  });
}
