// No source file over MAX_LINES lines outside tests (biome has no such rule): a long file is a sign to split it.
// Run: `npm run lint` (after biome). Tests, fixtures and generated files are exempt.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const MAX_LINES = 300;

const EXEMPT = [/\.test\.ts$/, /\.e2e\.ts$/, /\.d\.ts$/, /(^|\/)test\//, /(^|\/)node_modules\//];

/** Files (relative to `root`) over the limit, with their line counts. */
export function oversizedFiles(root: string, files: string[]): { file: string; lines: number }[] {
  return files
    .filter((file) => /\.(ts|mts|js|mjs)$/.test(file) && !EXEMPT.some((pattern) => pattern.test(file)))
    .map((file) => ({ file, lines: readFileSync(resolve(root, file), "utf8").split("\n").length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, "../..");
  // Tracked files and new ones not ignored, so a file is checked before its first commit.
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  const files = listed.split("\n").filter((file) => file && !file.startsWith("."));
  // A file deleted in the work tree but not yet staged is still listed; skip it.
  const problems = oversizedFiles(
    root,
    files.filter((file) => existsSync(resolve(root, file))),
  );
  for (const { file, lines } of problems) console.error(`${file}: ${lines} lines (more than ${MAX_LINES}); split it`);
  if (problems.length > 0) process.exit(1);
  console.log(`no source file over ${MAX_LINES} lines outside tests`);
}
