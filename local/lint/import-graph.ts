// The worker's import graph: fails on any import cycle between files and on any import that points up a layer.
// Run: `npm run deps` (also part of `npm run lint`). Imports are read with TypeScript's own pre-processor, so
// `import type`, re-exports and dynamic `import()` count too.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { OUTSIDE_LAYERS, WORKER_LAYERS } from "./worker-layers";

export interface Graph {
  /** file (relative to the root, "/" separated) → the files it imports */
  edges: Map<string, string[]>;
}

export function listTsFiles(root: string, dir = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    if (name === "node_modules" || name === "public" || name.startsWith(".")) continue;
    const path = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) out.push(...listTsFiles(root, path));
    else if (name.endsWith(".ts")) out.push(path);
  }
  return out.sort();
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, ".ts"), join(base, "index.ts")]) {
    if (candidate.endsWith(".ts") && existsSync(candidate)) return relative(root, candidate).split("\\").join("/");
  }
  return undefined;
}

export function readGraph(root: string, files = listTsFiles(root)): Graph {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), "utf8"), true, true);
    const targets = importedFiles.map((i) => resolveImport(root, file, i.fileName)).filter((t): t is string => t !== undefined);
    edges.set(file, [...new Set(targets)]);
  }
  return { edges };
}

/** Every cycle's files, found as strongly connected components (Tarjan), each listed once. */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.edges.get(file) ?? []) {
      if (!graph.edges.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      const selfImport = (graph.edges.get(file) ?? []).includes(file);
      if (component.length > 1 || selfImport) found.push(component.sort());
    }
  };
  for (const file of graph.edges.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** The layer's position (0 = lowest), or undefined for files outside the layers. */
export function layerOf(file: string): number | undefined {
  if (OUTSIDE_LAYERS.some((pattern) => pattern.test(file))) return undefined;
  let best: { rank: number; length: number } | undefined;
  WORKER_LAYERS.forEach((layer, rank) => {
    for (const path of layer.paths) {
      const matches = path.endsWith("/") ? file.startsWith(path) : file === path;
      if (matches && (!best || path.length > best.length)) best = { rank, length: path.length };
    }
  });
  if (!best) throw new Error(`${file} is in no layer of local/lint/worker-layers.ts; add its folder there.`);
  return best.rank;
}

export function upwardImports(graph: Graph): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph.edges) {
    const from = layerOf(file);
    if (from === undefined) continue;
    for (const target of targets) {
      const to = layerOf(target);
      if (to !== undefined && to > from) {
        problems.push(`${file} (${WORKER_LAYERS[from]?.name}) imports ${target} (${WORKER_LAYERS[to]?.name}), a higher layer`);
      }
    }
  }
  return problems;
}

/** The problems of the worker at `root`, one line each; empty when the graph is clean. */
export function importGraphProblems(root: string): string[] {
  const graph = readGraph(root);
  return [...cycles(graph).map((files) => `import cycle: ${files.join(" ↔ ")}`), ...upwardImports(graph)];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, "../../worker");
  const problems = importGraphProblems(root);
  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    console.error(`\n${problems.length} import-graph problem(s) in worker/ (layers: local/lint/worker-layers.ts)`);
    process.exit(1);
  }
  console.log(`worker/ import graph: no cycle, no upward import (${WORKER_LAYERS.map((l) => l.name).join(" ← ")})`);
}
