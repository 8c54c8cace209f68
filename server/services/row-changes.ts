/**
 * What an operation changed, row by row, so the page script can replace only those rows instead
 * of re-rendering the document: a snapshot of every row's state before the operation, compared
 * with the rows after it. A row's state is what its rendering shows: its version, status and
 * score, its paragraphs (ids and versions, so text edits count) and its neighbours' ids and
 * versions (its radio value names them). Generic: any change of the document, whatever made it.
 * A change the state does not show (a dismissed finding: no version moves) names its rows itself.
 */
import type { BeadRecord, Store } from "../store/types.js";
import type { Language } from "../i18n/translate.js";
import { buildMapOf, buildRowsOf, type AlignmentRow, type AlignmentView, type RowFilter } from "./alignment-view.js";

/** Each row's state by bead id, its structure (which paragraphs it holds), and the bead list it was read from. */
export type RowSnapshot = { state: Map<number, string>; own: Map<number, string>; structure: Map<number, string>; beads: BeadRecord[] };

/** Reads the beads without their signals and the paragraphs' versions without their texts: cheap on long documents. */
export function snapshotRows(store: Store, documentId: number): RowSnapshot {
  const versions = store.getParagraphVersions(documentId);
  const beads = store.getBeads(documentId, { signals: false });
  const state = new Map<number, string>();
  const own = new Map<number, string>();
  const structure = new Map<number, string>();
  const members = (ids: number[] | undefined) => (ids ?? []).map((id) => `${id}.${versions.get(id)}`).join(",");
  beads.forEach((b, k) => {
    const prev = beads[k - 1];
    const next = beads[k + 1];
    structure.set(b.id, `${b.paragraphIds?.en.join(",")}|${b.paragraphIds?.ar.join(",")}`);
    const itself = `${b.version}|${b.status}|${b.score}|${members(b.paragraphIds?.en)}|${members(b.paragraphIds?.ar)}`;
    own.set(b.id, itself);
    state.set(b.id, `${itself}|${prev ? `${prev.id}.${prev.version}` : ""}|${next ? `${next.id}.${next.version}` : ""}`);
  });
  return { state, own, structure, beads };
}

export type RowChangeSet = {
  /** Every bead id of the document, in order. */
  order: number[];
  /** The rows that are new or changed, complete as the view shows them. */
  rows: AlignmentRow[];
  removed: number[];
  added: number[];
  /** The rows that changed themselves (not only their neighbours), in order: where the change was. */
  touched: number[];
  /** The map of the view the page shows (its filter), when rows were made, removed or reshaped. */
  map: AlignmentView["map"] | null;
};

/** The bead of `before` that holds paragraph `paragraphId`, if any. */
export function beadHolding(before: RowSnapshot, paragraphId: number | null): number | null {
  const bead = before.beads.find((b) => b.paragraphIds?.en.includes(paragraphId ?? -1) || b.paragraphIds?.ar.includes(paragraphId ?? -1));
  return bead?.id ?? null;
}

/**
 * The rows that differ from `before`; `filter` is the view the page shows (for the map's links);
 * `alsoChanged`: rows whose rendering changed without their state (they count as touched).
 */
export function rowChangesSince(store: Store, documentId: number, before: RowSnapshot, filter: RowFilter, lang: Language, alsoChanged: number[] = []): RowChangeSet {
  const after = snapshotRows(store, documentId);
  const order = [...after.state.keys()];
  const named = new Set(alsoChanged.filter((id) => after.state.has(id)));
  const changed = new Set(order.filter((id) => named.has(id) || before.state.get(id) !== after.state.get(id)));
  const removed = [...before.state.keys()].filter((id) => !after.state.has(id));
  const reshaped = removed.length > 0 || order.some((id) => before.structure.get(id) !== after.structure.get(id));
  return {
    order,
    rows: buildRowsOf(store, documentId, after.beads, changed, lang),
    removed,
    added: order.filter((id) => !before.state.has(id)),
    touched: order.filter((id) => named.has(id) || before.own.get(id) !== after.own.get(id)),
    map: reshaped ? buildMapOf(store, documentId, filter, lang) : null,
  };
}
