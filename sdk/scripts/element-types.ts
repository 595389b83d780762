// The table of elements that the framework typings (React 19 JSX, Vue, Svelte) and the React wrappers
// are built on, generated from custom-elements.json: each tag's class, public properties, attributes
// and events. `npm run element-types -w sdk` rewrites sdk/frameworks/elements.generated.ts after a
// build; a test fails while the committed file is stale. Never edit the generated file by hand.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const sdk = join(dirname(fileURLToPath(import.meta.url)), "..");
export const elementTypesFile = join(sdk, "frameworks", "elements.generated.ts");

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
}

interface Element {
  tag: string;
  className: string;
  module: string;
  properties: string[];
  attributes: string[];
  events: string[];
}

const union = (names: string[]) => (names.length === 0 ? "never" : names.map((name) => JSON.stringify(name)).join(" | "));

/** The TypeScript text of sdk/frameworks/elements.generated.ts from dist/custom-elements.json. */
export async function renderElementTypes(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(sdk, "dist", "custom-elements.json"), "utf8")) as {
    modules: { path: string; declarations?: Declaration[] }[];
  };
  const elements: Element[] = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module: module.path, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .map(({ module, declaration }) => ({
      tag: declaration.tagName as string,
      className: declaration.name,
      module: `../${module.replace(/\.ts$/, "")}`,
      properties: (declaration.members ?? [])
        .filter((member) => member.kind === "field" && member.privacy === "public" && !member.static)
        .map((member) => member.name),
      attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
      events: (declaration.events ?? []).map((event) => event.name),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  return [
    "// Generated from custom-elements.json by sdk/scripts/element-types.ts (`npm run element-types -w sdk`). Do not edit.",
    "",
    ...elements.map((element) => `import type { ${element.className} } from "${element.module}";`),
    "",
    "/** Each BillingOS tag: its class, public properties, attributes and the events it emits. */",
    "export interface BillingElementTypes {",
    ...elements.flatMap((element) => [
      `  "${element.tag}": {`,
      `    element: ${element.className};`,
      `    properties: ${union(element.properties)};`,
      `    attributes: ${union(element.attributes)};`,
      `    events: ${union(element.events)};`,
      "  };",
    ]),
    "}",
    "",
    "/** The events of each tag at run time (the React wrappers map them to `on…` props). */",
    "export const elementEvents = {",
    ...elements.map((element) => `  "${element.tag}": [${element.events.map((event) => JSON.stringify(event)).join(", ")}],`),
    '} as const satisfies { [Tag in keyof BillingElementTypes]: readonly BillingElementTypes[Tag]["events"][] };',
    "",
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(elementTypesFile, await renderElementTypes());
  console.log(`wrote ${elementTypesFile}`);
}
