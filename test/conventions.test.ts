/**
 * The repository's own rules, checked over the source tree (in the manner of Helmet's
 * source-files test): check ids equal their file names and have their strings in both languages,
 * the locale files agree, every module has a test at the mirrored path (or a stated reason not
 * to), the import graph of server/ and scripts/ has no cycle, and the domain imports nothing from
 * the outer layers and does no file or environment I/O. Each rule prints its count.
 *
 * The debts that exist today are listed here, commented, so that they are seen and so that any
 * new one fails. An entry that is no longer true is reported loudly (remove it: the lists only
 * shrink); it does not fail, since the engineers paying the debts work beside this file.
 */
import { expect } from "chai";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { LOCALES_DIR, ROOT } from "../server/paths.js";
import { CHECKS } from "../server/domain/checks/registry.js";
import { compareLocales, readLocaleFolder, valueAt } from "./helpers/locale-rules.js";

// ---- the source tree and its import graph --------------------------------------------------

/** Every .ts file under `dir` (relative to the root, with forward slashes). */
function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(join(ROOT, at)).sort()) {
      const path = `${at}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  walk(dir);
  return out;
}

export type Import = { from: string; specifier: string; target: string | null; typeOnly: boolean };

const STATIC = /^[ \t]*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?["']([^"']+)["']/gmu;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/gu;

/**
 * The imports of one source: import … from, export … from, bare imports and import("…") with a
 * literal. `target` is the imported source file for a relative specifier, else null (a package).
 */
export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const target = specifier.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\\/gu, "/").replace(/\.js$/u, ".ts") : null;
    found.push({ from: file, specifier, target, typeOnly });
  };
  for (const m of text.matchAll(STATIC)) add(m[2] ?? "", m[1] !== undefined);
  for (const m of text.matchAll(DYNAMIC)) add(m[1] ?? "", false);
  return found;
}

/** The strongly connected parts of more than one module (each holds at least one cycle), sorted. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

const MODULES = [...sources("server"), ...sources("scripts")];
const TEXT = new Map(MODULES.map((f) => [f, readFileSync(join(ROOT, f), "utf8")]));
const IMPORTS = MODULES.flatMap((f) => importsOf(f, TEXT.get(f) ?? ""));
const GRAPH = new Map<string, string[]>(MODULES.map((f) => [f, IMPORTS.filter((i) => i.from === f && i.target !== null).map((i) => i.target ?? "")]));

// ---- the debts of today ----------------------------------------------------------------------

/**
 * Import cycles that exist today, each as its modules joined by " <-> ". Type-only imports count:
 * a cycle of types still means neither module can be read or moved without the other.
 */
const KNOWN_CYCLES: string[] = [
  // Empty: the last one (store/edits-repository.ts <-> store/splice-repository.ts, which worked
  // only through ESM live bindings) went with the one undo path of issue 12. Add none; break the
  // cycle instead.
];

/**
 * What the domain must not import: the outer layers (it is imported by them, never the reverse)
 * and the modules that do file or process I/O.
 */
const OUTER_LAYERS = ["server/store/", "server/web/", "server/routes/", "server/services/", "server/jobs/", "server/cli/", "server/app.ts", "server/app-context.ts", "server/main.ts", "server/config.ts"];
const IO_MODULES = ["node:fs", "node:fs/promises", "fs", "fs/promises", "node:child_process", "child_process"];

/** Domain → store/fs/env edges that exist today, as "module -> what it imports (or process.env)". */
const KNOWN_DOMAIN_VIOLATIONS: string[] = [
  // Empty since issue 12 moved the domain types (UserRole, GlossaryEntry, CorpusPair …) out of
  // store/types.ts and the lexicon's and real-word tables' file reading into services. Add none.
];

/** The page script's DOM modules run in a browser only: Chromium tests them through the alignment view. */
const IN_CHROMIUM = "page script DOM code (no DOM in mocha): driven in Chromium by test/browser/page-script.test.ts, editor.test.ts and sentence-links.test.ts; its pure parts have mirrored tests";

/** Modules that need no test at the mirrored path, each with the reason. Keep it short. */
const NO_MIRRORED_TEST: Record<string, string> = {
  ...Object.fromEntries(["current-row", "feedback", "inline-editor", "main", "operations", "pointer-and-keys", "request", "rows-dom", "sentence-panel"].map((m) => [`server/page/${m}.ts`, IN_CHROMIUM])),
  "server/page/select-all.ts": "the findings grid's select-all box, DOM code only (no DOM in mocha): driven in Chromium by test/browser/findings-grid.test.ts",
  "server/page/density-toggle.ts": "page script DOM code (no DOM in mocha): driven in Chromium by test/browser/layout.test.ts (the toggle, remembered after reload and a new login)",
  "server/page/job-progress.ts": "page script DOM code (no DOM in mocha): a job's page kept live, driven in Chromium by test/browser/job-progress.test.ts",
  "server/main.ts": "the process entry point (config, store, listen); started as a real process by test/config.test.ts and every route test",
  "server/jobs/worker.ts": "the worker-thread entry; runs every background task of test/jobs/ and the import and export service tests",
};

/**
 * Modules without a test today that may not grow in number: a new module comes with its test.
 * Lower it when you add tests (the test says by how much).
 */
const UNTESTED_AT_MOST = 107;

// ---- the rules -------------------------------------------------------------------------------

describe("conventions", () => {
  describe("checks", () => {
    it("gives every registered check a kebab-case id equal to the name of the module that exports it", async () => {
      expect(CHECKS.length).to.be.greaterThan(0);
      const wrong: string[] = [];
      for (const check of CHECKS) {
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(check.id)) wrong.push(`${check.id}: not kebab-case`);
        const path = join(ROOT, "dist", "server", "domain", "checks", `${check.id}.js`);
        if (!existsSync(path)) {
          wrong.push(`${check.id}: no module server/domain/checks/${check.id}.ts`);
          continue;
        }
        const exported = Object.values((await import(pathToFileURL(path).href)) as Record<string, unknown>);
        if (!exported.includes(check)) wrong.push(`${check.id}: server/domain/checks/${check.id}.ts does not export this check`);
      }
      expect(new Set(CHECKS.map((c) => c.id)).size, "ids are unique").to.equal(CHECKS.length);
      expect(wrong).to.deep.equal([]);
    });

    it("gives every check its name, description and message in English and Arabic", () => {
      const missing: string[] = [];
      for (const lang of ["en", "ar"]) {
        const strings = readLocaleFolder(join(LOCALES_DIR, lang)).strings;
        for (const check of CHECKS) {
          for (const field of ["name", "description", "message"]) {
            // A message with a count has plural forms instead (message_one, …, message_other).
            const text = valueAt(strings, `checks.${check.id}.${field}`) ?? valueAt(strings, `checks.${check.id}.${field}_other`);
            if (typeof text !== "string" || text.trim() === "") missing.push(`${lang}: checks.${check.id}.${field}`);
          }
        }
      }
      expect(missing).to.deep.equal([]);
    });
  });

  it("has every locale key in both languages, with the same placeholders", () => {
    const en = readLocaleFolder(join(LOCALES_DIR, "en"));
    const ar = readLocaleFolder(join(LOCALES_DIR, "ar"));
    expect([...en.problems, ...ar.problems, ...compareLocales(en.strings, ar.strings)]).to.deep.equal([]);
  });

  describe("tests", () => {
    const modules = sources("server");
    const mirrored = (m: string) => existsSync(join(ROOT, "test", m.replace(/^server\//u, "").replace(/\.ts$/u, ".test.ts")));
    /** A module tsc compiles to nothing (only types) has no behaviour to test. */
    const typesOnly = (m: string) => {
      const js = join(ROOT, "dist", m.replace(/\.ts$/u, ".js"));
      if (!existsSync(js)) return false;
      return readFileSync(js, "utf8").split("\n").every((line) => /^\s*$|^\s*\/\/|^export \{\};$/u.test(line));
    };
    /** Check modules are tested by their table (runTable("<id>", …)) under test/domain/checks/. */
    const tables = sources("test/domain/checks").map((f) => readFileSync(join(ROOT, f), "utf8")).join("\n");
    const byTable = (m: string) => {
      const id = /^server\/domain\/checks\/([^/]+)\.ts$/u.exec(m)?.[1];
      return id !== undefined && CHECKS.some((c) => c.id === id) && tables.includes(`runTable("${id}"`);
    };

    it("gives every module under server/ a test at the mirrored path, a check table, or a stated reason", () => {
      const withTest = modules.filter(mirrored);
      const rest = modules.filter((m) => !mirrored(m));
      const reasoned = rest.filter((m) => m in NO_MIRRORED_TEST);
      const types = rest.filter((m) => !(m in NO_MIRRORED_TEST) && typesOnly(m));
      const tabled = rest.filter((m) => !(m in NO_MIRRORED_TEST) && !typesOnly(m) && byTable(m));
      const untested = rest.filter((m) => !(m in NO_MIRRORED_TEST) && !typesOnly(m) && !byTable(m));
      console.log(`      modules with a test at the mirrored path: ${withTest.length} / ${modules.length}` +
        ` (checks tested by their table: ${tabled.length}; types only: ${types.length}; with a stated reason: ${reasoned.length}; untested: ${untested.length})`);
      expect(Object.keys(NO_MIRRORED_TEST).filter((m) => !modules.includes(m) || mirrored(m)), "reasons for modules that are gone or now tested").to.deep.equal([]);
      expect(untested.length, `untested modules (at most ${UNTESTED_AT_MOST}; a new module needs its test):\n${untested.join("\n")}`).to.be.at.most(UNTESTED_AT_MOST);
      if (untested.length < UNTESTED_AT_MOST) console.log(`      (lower UNTESTED_AT_MOST in test/conventions.test.ts to ${untested.length})`);
    });
  });

  describe("the import graph of server/ and scripts/", () => {
    it("reads every import of the sources (a known module's imports, as a sanity check of the parser)", () => {
      const store = IMPORTS.filter((i) => i.from === "server/store/sqlite-store.ts").map((i) => i.target ?? i.specifier);
      expect(store).to.include.members(["server/store/open-database.ts", "server/store/types.ts", "server/domain/align/check-cover.ts"]);
      for (const i of IMPORTS) if (i.target !== null) expect(MODULES, `${i.from} imports ${i.specifier}`).to.include(i.target);
    });

    it("finds cycles, type-only ones included (the finder on a small table)", () => {
      const table: [Record<string, string[]>, string[][]][] = [
        [{ a: ["b"], b: ["c"], c: [] }, []],
        [{ a: ["b"], b: ["a"] }, [["a", "b"]]],
        [{ a: ["b"], b: ["c"], c: ["a"], d: ["a"] }, [["a", "b", "c"]]],
        [{ a: ["a"] }, [["a"]]],
        [{ a: ["b"], b: ["a"], c: ["d"], d: ["c"] }, [["a", "b"], ["c", "d"]]],
      ];
      for (const [graph, cycles] of table) expect(cyclesOf(new Map(Object.entries(graph))), JSON.stringify(graph)).to.deep.equal(cycles);
      const parsed = importsOf("server/x/y.ts", 'import type { A } from "../z.js";\nexport { b } from "./b.js";\nimport "./side.js";\nconst m = await import("../lazy.js");\n * import { not } from "./comment.js";\nimport {\n  c,\n  d,\n} from "node:fs";\n');
      expect(parsed.map((i) => [i.target ?? i.specifier, i.typeOnly])).to.deep.equal([
        ["server/z.ts", true], ["server/x/b.ts", false], ["server/x/side.ts", false], ["node:fs", false], ["server/lazy.ts", false],
      ]);
    });

    it("has no import cycle but the known ones", () => {
      const cycles = cyclesOf(GRAPH).map((part) => part.join(" <-> "));
      console.log(`      import cycles: ${cycles.length} (known: ${KNOWN_CYCLES.length}) over ${MODULES.length} modules and ${IMPORTS.filter((i) => i.target).length} imports${cycles.length ? `\n        ${cycles.join("\n        ")}` : ""}`);
      expect(cycles.filter((c) => !KNOWN_CYCLES.includes(c)), "new import cycles").to.deep.equal([]);
      for (const gone of KNOWN_CYCLES.filter((c) => !cycles.includes(c))) console.log(`      !!! known cycle gone, remove it from KNOWN_CYCLES: ${gone}`);
    });

    it("keeps the domain free of the outer layers, of file I/O and of the environment", () => {
      const violations: string[] = [];
      for (const i of IMPORTS) {
        if (!i.from.startsWith("server/domain/")) continue;
        const target = i.target ?? i.specifier;
        if (OUTER_LAYERS.some((layer) => target.startsWith(layer)) || IO_MODULES.includes(target)) violations.push(`${i.from} -> ${target}`);
      }
      for (const m of MODULES.filter((f) => f.startsWith("server/domain/"))) {
        if (/\bprocess\.env\b/u.test((TEXT.get(m) ?? "").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gmu, ""))) violations.push(`${m} -> process.env`);
      }
      const unique = [...new Set(violations)].sort();
      console.log(`      domain -> store/web/routes/services/fs/env imports: ${unique.length} (known: ${KNOWN_DOMAIN_VIOLATIONS.length})${unique.length ? `\n        ${unique.join("\n        ")}` : ""}`);
      expect(unique.filter((v) => !KNOWN_DOMAIN_VIOLATIONS.includes(v)), "new domain imports of outer layers or I/O").to.deep.equal([]);
      for (const gone of KNOWN_DOMAIN_VIOLATIONS.filter((v) => !unique.includes(v))) console.log(`      !!! known violation gone, remove it from KNOWN_DOMAIN_VIOLATIONS: ${gone}`);
    });
  });
});
