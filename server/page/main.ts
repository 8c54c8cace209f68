/**
 * The page script's entry (served as /assets/js/main.js, a module from this origin: the
 * Content-Security-Policy allows nothing inline). The server-rendered pages work without it; on
 * the alignment view it runs operations in place, updating only the rows they changed, keeps one
 * current row, switches the density in place, gives every operation a shortcut, edits paragraphs in place and says what happened
 * beside the row and in a live region; a row's sentence links open in a dialog; a running job's page shows its progress live. Wires the modules together; each does one job.
 */
import type { RowChanges } from "../web/page-api.js";
import type { Labels, PageContext } from "./page-context.js";
import { createCurrentRow } from "./current-row.js";
import { wireDensityToggle } from "./density-toggle.js";
import { createFeedback } from "./feedback.js";
import { createEditors } from "./inline-editor.js";
import { wireOperations } from "./operations.js";
import { wirePointerAndKeys } from "./pointer-and-keys.js";
import { wireSentencePanel } from "./sentence-panel.js";
import { applyRowChanges } from "./rows-dom.js";
import { wireJobProgress } from "./job-progress.js";

function readLabels(): Labels {
  const data = document.getElementById("editor-labels")?.dataset ?? {};
  const text = (name: string) => data[name] ?? "";
  return {
    save: text("save"), split: text("split"), join: text("join"), cancel: text("cancel"), saveFirst: text("saveFirst"),
    current: text("current"), yours: text("yours"), currentRow: text("currentRow"), pick: text("pick"),
    pickFirst: text("pickFirst"), noMore: text("noMore"), editCancelled: text("editCancelled"), unreachable: text("unreachable"),
  };
}

function start(container: HTMLElement): void {
  const labels = readLabels();
  const lang = document.documentElement.lang;
  const feedback = createFeedback(document.getElementById("status-line"));
  const current = createCurrentRow(container, feedback, labels);
  const apply = (changes: RowChanges, next?: number | null) => {
    editors.detach();
    applyRowChanges(container, changes, { lang, pickTemplate: labels.pick });
    editors.reattach();
    current.restore(next);
  };
  const reload = async () => {
    const params = new URLSearchParams(window.location.search);
    params.set("fragment", "rows");
    const res = await fetch(`/documents/${container.dataset.document}?${params}`, { credentials: "same-origin" });
    if (!res.ok) return;
    const html = await res.text();
    editors.detach();
    container.innerHTML = html;
    editors.reattach();
    current.restore();
  };
  const editors = createEditors({ labels, feedback, container, apply });
  const ctx: PageContext = { container, documentId: container.dataset.document ?? "", lang, labels, current, feedback, editors, apply, reload };
  wireOperations(ctx);
  wirePointerAndKeys(ctx);
  wireSentencePanel(ctx);
}

const container = document.getElementById("alignment");
if (container) start(container);
wireDensityToggle();
wireJobProgress();
