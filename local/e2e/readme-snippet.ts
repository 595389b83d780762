import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { paths } from "../paths";

// In HTML, script and JSX comments: `<!-- … -->`, `// …`, `{/* … */}`.
const MARKER = /(?:<!--|\/\/|\{\/\*) billingos-snippet:start(?: -->| \*\/\})?\n([\s\S]*?)\n\s*(?:<!--|\/\/|\{\/\*) billingos-snippet:end/g;

/** What the Acme Notes example marks as its snippet, as the README shows it (local stack values). */
export async function exampleSnippets(): Promise<string[]> {
  const snippets: string[] = [];
  for (const file of ["index.html", "app.js"]) {
    const source = await readFile(join(paths.root, "examples", "html", "public", file), "utf8");
    for (const [, block = ""] of source.matchAll(MARKER)) snippets.push(dedent(block));
  }
  return snippets.map((snippet) =>
    snippet.replaceAll("{{API_BASE}}", "http://127.0.0.1:8787").replaceAll("{{PUBLISHABLE_KEY}}", "pk_test_…"),
  );
}

/** What a framework example (examples/<name>/src) marks as its snippets, as its README shows them. */
export async function frameworkSnippets(example: string, files: string[]): Promise<string[]> {
  const snippets: string[] = [];
  for (const file of files) {
    const source = await readFile(join(paths.root, "examples", example, "src", file), "utf8");
    for (const [, block = ""] of source.matchAll(MARKER)) snippets.push(dedent(block));
  }
  return snippets;
}

function dedent(block: string): string {
  const lines = block.split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent)).join("\n");
}
