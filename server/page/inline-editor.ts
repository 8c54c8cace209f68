/**
 * Editing a paragraph in place: a textarea with save, split at the cursor, join with the next,
 * and cancel (also Esc). The text is fetched as stored (the page shows invisible characters as
 * markers; the editor keeps them). An open editor survives every other operation: before rows
 * are re-rendered the editors are taken out, then put back into their paragraph wherever it is
 * now. Leaving the page with unsaved text asks first (beforeunload). A stale save (409) shows the
 * current text beside the user's, so nothing is lost, and the next save is based on the current
 * version.
 */
import type { ParagraphAnswer, RowChanges, SaveAnswer, SaveFields, StoredParagraph } from "../web/page-api.js";
import type { EditorsState, FeedbackState, Labels } from "./page-context.js";
import { refusalText } from "./messages.js";
import { send, withView } from "./request.js";

type OpenEditor = {
  id: string;
  box: HTMLElement;
  area: HTMLTextAreaElement;
  original: string;
  version: number;
  /** Where the user was, kept while the editor is out of the page. */
  focused: boolean;
  selection: [number, number];
};

export type EditorDeps = {
  labels: Labels;
  feedback: FeedbackState;
  container: HTMLElement;
  apply(changes: RowChanges, current?: number | null): void;
};

const paragraphElement = (container: HTMLElement, id: string): HTMLElement | null =>
  container.querySelector<HTMLElement>(`.paragraph[data-paragraph="${CSS.escape(id)}"]`);

/** The paragraph's own text element (the first <p>: not a diff shown below it). */
const textOf = (paragraph: HTMLElement): HTMLElement | null => paragraph.querySelector<HTMLElement>(":scope > p:not(.diff)");

function renderDiff(side: string, diff: SaveAnswer["diff"]): HTMLElement {
  const container = document.createElement("p");
  container.className = "diff";
  container.lang = side;
  container.dir = side === "ar" ? "rtl" : "ltr";
  for (const segment of diff) {
    const node = document.createElement(segment.op === "insert" ? "ins" : segment.op === "delete" ? "del" : "span");
    node.textContent = segment.text;
    container.append(node);
  }
  return container;
}

function showConflict(target: HTMLElement, message: string, current: string, yours: string, labels: Labels): void {
  target.replaceChildren();
  const intro = document.createElement("p");
  intro.textContent = message;
  const columns = document.createElement("div");
  columns.className = "conflict-columns";
  for (const [label, value] of [[labels.current, current], [labels.yours, yours]] as const) {
    const column = document.createElement("div");
    const heading = document.createElement("strong");
    heading.textContent = label;
    const text = document.createElement("p");
    text.className = "conflict-text";
    text.textContent = value;
    text.dir = "auto";
    column.append(heading, text);
    columns.append(column);
  }
  target.append(intro, columns);
}

export function createEditors(deps: EditorDeps): EditorsState {
  const open = new Map<string, OpenEditor>();
  const { labels, feedback, container } = deps;

  const close = (editor: OpenEditor) => {
    editor.box.remove();
    open.delete(editor.id);
    const paragraph = paragraphElement(container, editor.id);
    const text = paragraph ? textOf(paragraph) : null;
    if (text) text.hidden = false;
  };

  /** After a change the server answered: the editor closes, the rows show the change. */
  const finish = (editor: OpenEditor, answer: SaveAnswer | ParagraphAnswer) => {
    close(editor);
    deps.apply(answer.changes, answer.current);
    const paragraph = paragraphElement(container, editor.id);
    if (paragraph && "diff" in answer && Array.isArray(answer.diff)) paragraph.append(renderDiff(paragraph.dataset.side ?? "en", answer.diff));
    feedback.say(answer.message, { row: paragraph?.closest<HTMLElement>(".row") ?? null });
  };

  window.addEventListener("beforeunload", (event) => {
    if (![...open.values()].some((e) => e.area.value !== e.original)) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the question.
    event.returnValue = "";
  });

  return {
    dirty: () => [...open.values()].some((e) => e.area.value !== e.original),

    detach() {
      for (const editor of open.values()) {
        editor.focused = document.activeElement === editor.area;
        editor.selection = [editor.area.selectionStart, editor.area.selectionEnd];
        editor.box.remove();
      }
    },

    reattach() {
      for (const editor of open.values()) {
        const paragraph = paragraphElement(container, editor.id);
        const text = paragraph ? textOf(paragraph) : null;
        if (paragraph) {
          if (text) text.hidden = true;
          paragraph.append(editor.box);
        } else {
          // The paragraph is gone from the page (joined into another): the text typed stays in sight.
          container.querySelector(".rows")?.before(editor.box);
        }
        if (editor.focused) {
          editor.area.focus();
          editor.area.setSelectionRange(...editor.selection);
        }
      }
    },

    async open(paragraph) {
      const id = paragraph.dataset.paragraph ?? "";
      const already = open.get(id);
      if (already) {
        already.area.focus();
        return;
      }
      const stored = await send<StoredParagraph>("GET", `/api/paragraphs/${encodeURIComponent(id)}`);
      if (!stored.ok) {
        feedback.say(refusalText(stored.data, labels.unreachable), { row: paragraph.closest<HTMLElement>(".row"), error: true });
        return;
      }
      // The row may have been re-rendered while the text was on its way.
      const target = paragraphElement(container, id);
      if (!target || open.has(id)) return;
      const side = target.dataset.side ?? "en";
      const box = document.createElement("div");
      box.className = "inline-editor";
      const area = document.createElement("textarea");
      area.value = stored.data.text;
      area.rows = 5;
      area.lang = side;
      area.dir = side === "ar" ? "rtl" : "ltr";
      const buttons = document.createElement("div");
      buttons.className = "editor-buttons";
      const message = document.createElement("div");
      message.className = "editor-message";
      message.setAttribute("role", "alert");
      const editor: OpenEditor = { id, box, area, original: stored.data.text, version: stored.data.version, focused: false, selection: [0, 0] };
      const button = (label: string, className: string, action: () => Promise<void> | void) => {
        const b = document.createElement("button");
        b.type = "button";
        b.className = className;
        b.textContent = label;
        b.addEventListener("click", () => void action());
        buttons.append(b);
      };
      const cancel = () => {
        close(editor);
        feedback.say(labels.editCancelled, { row: paragraphElement(container, id)?.closest<HTMLElement>(".row") ?? null });
      };
      button(labels.save, "save", async () => {
        const fields: SaveFields = { text: area.value, version: editor.version };
        const answer = await send<SaveAnswer>("PUT", withView(`/api/paragraphs/${encodeURIComponent(id)}`), fields);
        if (answer.ok) {
          finish(editor, answer.data);
          return;
        }
        if (answer.status === 409) {
          showConflict(message, refusalText(answer.data, labels.unreachable), answer.data?.current?.text ?? "", area.value, labels);
          if (typeof answer.data?.current?.version === "number") editor.version = answer.data.current.version;
          return;
        }
        message.textContent = refusalText(answer.data, labels.unreachable);
      });
      button(labels.split, "split", async () => {
        if (area.value !== editor.original) {
          message.textContent = labels.saveFirst;
          return;
        }
        const answer = await send<ParagraphAnswer>("POST", withView(`/api/paragraphs/${encodeURIComponent(id)}/split`), { offset: area.selectionStart, version: editor.version });
        if (answer.ok) finish(editor, answer.data);
        else message.textContent = refusalText(answer.data, labels.unreachable);
      });
      button(labels.join, "join", async () => {
        const answer = await send<ParagraphAnswer>("POST", withView(`/api/paragraphs/${encodeURIComponent(id)}/join`), { version: editor.version });
        if (answer.ok) finish(editor, answer.data);
        else message.textContent = refusalText(answer.data, labels.unreachable);
      });
      button(labels.cancel, "cancel", cancel);
      area.addEventListener("keydown", (event) => {
        if (event.code !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        cancel();
      });
      box.append(area, buttons, message);
      const text = textOf(target);
      if (text) text.hidden = true;
      target.append(box);
      open.set(id, editor);
      area.focus();
    },
  };
}
