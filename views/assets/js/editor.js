/*
 * mizan's page script: enhances the server-rendered pages, which work without it. On the
 * alignment view it runs operations in place (no page reload), gives every operation a keyboard
 * shortcut (listed under "?"), and edits paragraphs in place with save, split at the cursor and
 * join. Stale edits come back as 409: the current text and the user's text are shown side by side
 * so nothing is lost. Served from this origin; the Content-Security-Policy allows nothing inline.
 */
(function () {
  "use strict";

  const csrf = () => document.querySelector('meta[name="csrf-token"]')?.getAttribute("content") ?? "";
  const alignment = document.getElementById("alignment");
  if (!alignment) return;
  const documentId = alignment.dataset.document;
  const statusLine = document.getElementById("status-line");
  const lang = document.documentElement.lang;

  function say(message, isError) {
    if (!statusLine) return;
    statusLine.textContent = message;
    statusLine.classList.toggle("error", Boolean(isError));
  }

  async function send(method, url, body) {
    const headers = { accept: "application/json", "x-csrf-token": csrf() };
    let payload;
    if (body instanceof URLSearchParams) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = body;
    } else if (body) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const res = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
    let data = {};
    try {
      data = await res.json();
    } catch (_) {
      data = {};
    }
    return { status: res.status, data };
  }

  function selectedRowNumber() {
    const picked = alignment.querySelector('input[name="target"]:checked');
    return picked ? Number(picked.id.replace("pick-", "")) : null;
  }

  function rows() {
    return Array.from(alignment.querySelectorAll(".row"));
  }

  function pickRow(row, scroll) {
    if (!row) return;
    const radio = row.querySelector('input[name="target"]');
    if (radio) radio.checked = true;
    rows().forEach((r) => r.classList.toggle("picked", r === row));
    if (scroll) row.scrollIntoView({ block: "nearest" });
  }

  /** Re-renders the rows and map from the server, keeping the picked row. */
  async function refresh(keepRow) {
    const params = new URLSearchParams(window.location.search);
    params.set("fragment", "rows");
    const res = await fetch(`/documents/${documentId}?${params}`, { credentials: "same-origin" });
    if (!res.ok) return;
    alignment.innerHTML = await res.text();
    const row = keepRow ? document.getElementById(`row-${Math.min(keepRow, rows().length)}`) : null;
    pickRow(row, false);
  }

  // Operations from the toolbar (or their shortcuts), in place.
  alignment.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== "align-form") return;
    event.preventDefault();
    const submitter = event.submitter;
    const body = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) body.set(submitter.name, submitter.value);
    const row = selectedRowNumber();
    // Fix and dismiss buttons post to their own address (formaction), in place too.
    const action = submitter?.getAttribute("formaction");
    if (action) {
      const { status, data } = await send("POST", `/api${action}`, body);
      say(status >= 400 ? data.message ?? String(status) : "", status >= 400);
      await refresh(row ?? Number(submitter.closest(".row")?.id.replace("row-", "")));
      return;
    }
    if (!body.get("target") && body.get("op") !== "realign") {
      say(document.querySelector(".toolbar-hint")?.textContent ?? "", true);
      return;
    }
    const { status, data } = await send("POST", `/api/documents/${documentId}/align`, body);
    // A bulk operation (confirm all above, re-align) answers the page that previews it.
    if (status < 400 && data.preview) return void window.location.assign(data.preview);
    if (status >= 400) say(data.message ?? String(status), true);
    else say("", false);
    await refresh(status < 400 && data.row ? data.row : row);
  });

  // Undo and redo, in place.
  document.querySelectorAll('form[action$="/undo"], form[action$="/redo"]').forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const direction = form.action.endsWith("/undo") ? "undo" : "redo";
      const { status, data } = await send("POST", `/api/documents/${documentId}/${direction}`, {});
      say(status >= 400 ? data.message ?? String(status) : "", status >= 400);
      await refresh(selectedRowNumber());
    });
  });

  // Clicking a row picks it.
  alignment.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const link = target.closest("a.edit-link");
    if (link) {
      event.preventDefault();
      openEditor(link.closest(".paragraph"));
      return;
    }
    if (target.closest("textarea, button, a, input, summary")) return;
    const row = target.closest(".row");
    if (row) pickRow(row, false);
  });

  function renderDiff(container, diff) {
    container.replaceChildren();
    for (const segment of diff) {
      const tag = segment.op === "insert" ? "ins" : segment.op === "delete" ? "del" : "span";
      const node = document.createElement(tag);
      node.textContent = segment.text;
      container.append(node);
    }
  }

  /**
   * Replaces a paragraph by an editor: textarea, save, split at cursor, join, cancel. The text is
   * fetched as stored: the page shows invisible characters as markers, the editor keeps them.
   */
  async function openEditor(paragraph) {
    if (!paragraph || paragraph.querySelector("textarea")) return;
    const id = paragraph.dataset.paragraph;
    const stored = await fetch(`/api/paragraphs/${id}`, { headers: { accept: "application/json" }, credentials: "same-origin" });
    if (!stored.ok) return;
    const record = await stored.json();
    let version = Number(record.version);
    const text = paragraph.querySelector("p");
    const original = String(record.text);
    const labels = document.getElementById("editor-labels")?.dataset ?? {};
    const box = document.createElement("div");
    box.className = "inline-editor";
    const area = document.createElement("textarea");
    area.value = original;
    area.rows = 5;
    area.setAttribute("lang", paragraph.dataset.side);
    area.setAttribute("dir", paragraph.dataset.side === "ar" ? "rtl" : "ltr");
    const buttons = document.createElement("div");
    buttons.className = "editor-buttons";
    const make = (label, action) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", action);
      buttons.append(b);
      return b;
    };
    const message = document.createElement("div");
    message.className = "editor-message";
    message.setAttribute("role", "alert");
    make(labels.save ?? "Save", async () => {
      const { status, data } = await send("PUT", `/api/paragraphs/${id}`, { text: area.value, version });
      if (status === 409) {
        showConflict(message, data, area);
        if (data.current && typeof data.current.version === "number") version = data.current.version;
        return;
      }
      if (status >= 400) {
        message.textContent = data.message ?? String(status);
        return;
      }
      const row = selectedRowNumber() ?? Number(paragraph.closest(".row")?.id.replace("row-", ""));
      await refresh(row);
      const fresh = alignment.querySelector(`.paragraph[data-paragraph="${id}"]`);
      if (fresh && Array.isArray(data.diff)) {
        const diff = document.createElement("p");
        diff.className = "diff";
        diff.setAttribute("lang", fresh.dataset.side);
        diff.setAttribute("dir", fresh.dataset.side === "ar" ? "rtl" : "ltr");
        renderDiff(diff, data.diff);
        fresh.append(diff);
      }
    });
    make(labels.split ?? "Split at cursor", async () => {
      if (area.value !== original) {
        message.textContent = labels.saveFirst ?? "Save first.";
        return;
      }
      const { status, data } = await send("POST", `/api/paragraphs/${id}/split`, { offset: area.selectionStart, version });
      if (status >= 400) message.textContent = data.message ?? String(status);
      else await refresh(selectedRowNumber());
    });
    make(labels.join ?? "Join with next", async () => {
      const { status, data } = await send("POST", `/api/paragraphs/${id}/join`, { version });
      if (status >= 400) message.textContent = data.message ?? String(status);
      else await refresh(selectedRowNumber());
    });
    make(labels.cancel ?? "Cancel", () => {
      box.remove();
      if (text) text.hidden = false;
    });
    box.append(area, buttons, message);
    if (text) text.hidden = true;
    paragraph.append(box);
    area.focus();
  }

  function showConflict(container, data, area) {
    const labels = document.getElementById("editor-labels")?.dataset ?? {};
    container.replaceChildren();
    const intro = document.createElement("p");
    intro.textContent = data.message ?? "";
    const columns = document.createElement("div");
    columns.className = "conflict-columns";
    for (const [label, value] of [[labels.current ?? "Current", data.current?.text ?? ""], [labels.yours ?? "Yours", area.value]]) {
      const col = document.createElement("div");
      const h = document.createElement("strong");
      h.textContent = label;
      const p = document.createElement("p");
      p.className = "conflict-text";
      p.textContent = value;
      p.setAttribute("dir", "auto");
      col.append(h, p);
      columns.append(col);
    }
    container.append(intro, columns);
  }

  // Keyboard shortcuts.
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    const all = rows();
    const current = all.findIndex((r) => r.classList.contains("picked"));
    if (key === "j" || key === "k") {
      event.preventDefault();
      const next = key === "j" ? Math.min(all.length - 1, current + 1) : Math.max(0, current - 1);
      pickRow(all[next], true);
      return;
    }
    if (key === "?") {
      event.preventDefault();
      const dialog = document.getElementById("shortcuts");
      if (dialog && typeof dialog.showModal === "function") dialog.showModal();
      return;
    }
    if (key === "i") {
      const row = all[current];
      const editable = row?.querySelector(".paragraph a.edit-link")?.closest(".paragraph");
      if (editable) {
        event.preventDefault();
        openEditor(editable);
      }
      return;
    }
    const button = document.querySelector(`[data-shortcut="${CSS.escape(key)}"]`);
    if (button instanceof HTMLButtonElement) {
      event.preventDefault();
      button.click();
    }
  });

  void lang;
})();
