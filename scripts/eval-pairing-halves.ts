/**
 * Splits the archive-pairing development set (../shared/eval-pairing) into two halves, so that the
 * pairing's window and threshold are chosen on one half and reported on the other. An article goes
 * to half a or b by the parity of a SHA-1 of its story group (the parts of a cut story stay
 * together, with their hard negatives) or, outside a group, of its English id (its Arabic id when
 * it is Arabic-only). Writes OUT/a and OUT/b, each a set folder score_pairing.py reads with --set.
 *
 *   node dist/scripts/eval-pairing-halves.js OUT_DIR [SET_DIR]
 *   node dist/scripts/tune-pairing.js OUT_DIR/a        # the score extremes the thresholds come from
 *   node dist/scripts/mizan.js archive pair OUT_DIR/b/archive/en OUT_DIR/b/archive/ar --out b.json
 *   python3 SET_DIR/score_pairing.py --set OUT_DIR/b b.json
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";

type Meta = { en?: string; ar?: string; id?: string; group: string | null };
type Gold = { set: string; pairs: [string, string][]; en_only: string[]; ar_only: string[]; meta: { pairs: Meta[]; en_only: Meta[]; ar_only: Meta[] } };

const [outDir, setDir = join(ROOT, "..", "shared", "eval-pairing")] = process.argv.slice(2);
if (!outDir) {
  process.stderr.write("usage: eval-pairing-halves OUT_DIR [SET_DIR]\n");
  process.exit(2);
}

const half = (key: string): "a" | "b" => ((createHash("sha1").update(key).digest()[0] ?? 0) % 2 === 0 ? "a" : "b");
const gold = JSON.parse(readFileSync(join(setDir, "gold.json"), "utf8")) as Gold;
const halfOf = new Map<string, "a" | "b">();
for (const m of gold.meta.pairs) {
  const h = half(m.group ?? m.en ?? "");
  halfOf.set(m.en ?? "", h);
  halfOf.set(m.ar ?? "", h);
}
for (const m of gold.meta.en_only) halfOf.set(m.id ?? "", half(m.group ?? m.id ?? ""));
for (const m of gold.meta.ar_only) halfOf.set(m.id ?? "", half(m.group ?? m.id ?? ""));

for (const h of ["a", "b"] as const) {
  const dir = join(outDir, h);
  const keep = (id: string) => halfOf.get(id) === h;
  for (const side of ["en", "ar"] as const) {
    mkdirSync(join(dir, "archive", side), { recursive: true });
    const lines = readFileSync(join(setDir, "archive", `${side}.jsonl`), "utf8").split("\n").filter((l) => l.trim() !== "");
    const kept = lines.filter((l) => keep((JSON.parse(l) as { id: string }).id));
    for (const l of kept) {
      const id = (JSON.parse(l) as { id: string }).id;
      copyFileSync(join(setDir, "archive", side, `${id}.txt`), join(dir, "archive", side, `${id}.txt`));
    }
    writeFileSync(join(dir, "archive", `${side}.jsonl`), kept.join("\n") + "\n");
  }
  const halfGold: Gold = {
    set: `${gold.set}-half-${h}`,
    pairs: gold.pairs.filter(([e]) => keep(e)),
    en_only: gold.en_only.filter(keep),
    ar_only: gold.ar_only.filter(keep),
    meta: {
      pairs: gold.meta.pairs.filter((m) => keep(m.en ?? "")),
      en_only: gold.meta.en_only.filter((m) => keep(m.id ?? "")),
      ar_only: gold.meta.ar_only.filter((m) => keep(m.id ?? "")),
    },
  };
  writeFileSync(join(dir, "gold.json"), JSON.stringify(halfGold, null, 1) + "\n");
  process.stdout.write(`${dir}: ${halfGold.pairs.length} pairs, ${halfGold.en_only.length} English-only, ${halfGold.ar_only.length} Arabic-only\n`);
}
