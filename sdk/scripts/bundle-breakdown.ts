// `npx tsx scripts/bundle-breakdown.ts [--files]` after a build (`--files`: one row per source file): where the all-in-one script's gzip bytes come
// from. Every byte of dist/billingos.js is attributed (through the source map) to the module it came
// from; modules are grouped (a library, an element's code, its CSS, its messages per locale), and each
// group's share is what the whole script's gzip size loses when that group's bytes are cut out of it
// (gzip shares a dictionary across the file, so a group gzipped on its own would overstate it).
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { eachMapping, TraceMap } from "@jridgewell/trace-mapping";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** The group a source file belongs to: a library by package, our code by folder and kind. */
export function groupOf(source: string | null): string {
  if (!source) return "(unmapped: rollup's wrapper, helpers)";
  if (process.argv.includes("--files")) return source.replace(/^(\.\.\/)+/, "");
  const library = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (library?.[1]) return library[1];
  const component = /components\/billing-([^/]+)\/([^/]+)\.ts$/.exec(source);
  if (component) {
    const [, element = "", file = ""] = component;
    if (/\.messages\.fr$/.test(file)) return `${element}: messages (fr)`;
    if (/messages/.test(file)) return `${element}: messages (en, lookup)`;
    if (/styles/.test(file)) return `${element}: CSS`;
    return `${element}: code`;
  }
  return source.replace(/^(\.\.\/)+/, ""); // client/…, internal/…, events/…: one row per file
}

export async function breakdown(): Promise<{ total: number; gzip: number; rows: { group: string; bytes: number; gzip: number }[] }> {
  const code = await readFile(join(dist, "billingos.js"), "utf8");
  const map = new TraceMap(await readFile(join(dist, "billingos.js.map"), "utf8"));
  const lineStart = [0];
  for (let at = code.indexOf("\n"); at !== -1; at = code.indexOf("\n", at + 1)) lineStart.push(at + 1);
  // Each mapping segment owns the generated text up to the next segment.
  const owner = new Array<string>(code.length).fill(groupOf(null));
  const segments: { at: number; group: string }[] = [];
  eachMapping(map, (m) => segments.push({ at: (lineStart[m.generatedLine - 1] ?? 0) + m.generatedColumn, group: groupOf(m.source) }));
  segments.sort((a, b) => a.at - b.at);
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.at ?? code.length;
    for (let at = segment.at; at < end; at++) owner[at] = segment.group;
  });
  const whole = gzipSync(code, { level: 9 }).length;
  const groups = [...new Set(owner)];
  const rows = groups.map((group) => {
    let without = "";
    let bytes = 0;
    for (let at = 0; at < code.length; at++) {
      if (owner[at] === group) bytes++;
      else without += code[at];
    }
    return { group, bytes, gzip: whole - gzipSync(without, { level: 9 }).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  return { total: code.length, gzip: whole, rows };
}

const { total, gzip, rows } = await breakdown();
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`| part | minified KB | gzip KB (what cutting it saves) |\n| --- | ---: | ---: |`);
for (const row of rows) console.log(`| ${row.group} | ${kb(row.bytes)} | ${kb(row.gzip)} |`);
const sum = rows.reduce((s, r) => s + r.gzip, 0);
console.log(`| **whole script** | **${kb(total)}** | **${kb(gzip)}** (the parts sum to ${kb(sum)}; the rest is shared) |`);
