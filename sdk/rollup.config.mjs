// `npm run build -w sdk`: the npm package's ESM entries (one per element, the client, everything) with
// lit and nanostores left to the app's bundler, and the all-in-one browser script dist/billingos.js
// (a classic script, everything bundled) that the worker serves at /sdk/billingos.js.
import { createHash } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nodeResolve from "@rollup/plugin-node-resolve";
import replace from "@rollup/plugin-replace";
import terser from "@rollup/plugin-terser";
import { rollup } from "rollup";
import esbuild from "rollup-plugin-esbuild";
import ts from "typescript";

const elements = readdirSync(new URL("./components", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const typescript = (minify) => esbuild({ target: "es2022", minify, tsconfig: "tsconfig.json", legalComments: "none" });
// nanostores reads process.env.NODE_ENV for dev warnings; browsers have no `process`.
/**
 * The browser script goes through terser after esbuild's minifier: three compress passes find what
 * one pass leaves (about 1 KB gzip). Only safe transforms: getters may have effects (Lit's and the
 * DOM's), so no `pure_getters`, and no `unsafe_*`.
 */
const squeeze = terser({ ecma: 2022, compress: { passes: 3 }, format: { comments: false } });
const production = replace({ preventAssignment: true, values: { "process.env.NODE_ENV": JSON.stringify("production") } });

/**
 * Lit's css`` blocks are kept verbatim by esbuild: drop their comments, indentation and each
 * block's last semicolon, which the browser ignores anyway (about a tenth of the script's gzip
 * size). Only whitespace next to CSS punctuation goes, so selectors (`a b`) and values (`0 1px`)
 * keep their single spaces.
 */
const compactCss = {
  name: "compact-css",
  transform(code, id) {
    if (!/[.-]styles\.ts$|internal\/tokens\.ts$/.test(id)) return null;
    const compacted = code.replace(/css`([^`]*)`/g, (_, body) => {
      const css = body
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\s+/g, " ")
        .replace(/ ?([{};,>]) ?/g, "$1")
        .replace(/: /g, ":")
        .replace(/;}/g, "}")
        .trim();
      return `css\`${css}\``;
    });
    return { code: compacted, map: null };
  },
};

/**
 * Lit's html`` templates keep the source's line breaks and indentation, which the browser folds into
 * one space anyway: fold each line break and the indentation after it into one space in the static
 * parts of html`` templates (found with TypeScript's parser, so `${…}` expressions and nested
 * templates are left alone). No template here has <pre> or text inside <textarea>.
 */
const compactHtml = {
  name: "compact-html",
  transform(code, id) {
    if (!/\.ts$/.test(id) || id.includes("node_modules") || !code.includes("html`")) return null;
    const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const spans = []; // [start, end) of each static part's text
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === "html") {
        const template = node.template;
        if (ts.isNoSubstitutionTemplateLiteral(template)) spans.push([template.getStart(source) + 1, template.end - 1]);
        else {
          spans.push([template.head.getStart(source) + 1, template.head.end - 2]);
          for (const span of template.templateSpans) {
            const literal = span.literal;
            spans.push([literal.getStart(source) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (spans.length === 0) return null;
    let out = "";
    let at = 0;
    for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
      out += code.slice(at, start) + code.slice(start, end).replace(/\n\s*/g, " ");
      at = end;
    }
    return { code: out + code.slice(at), map: null };
  },
};

/**
 * Languages other than English leave the all-in-one script: each is built here as its own classic
 * script (dist/billingos.<lang>.<hash>.js, from locales/<lang>.script.ts), and the script's
 * `loadLocale` (locales/load.script.ts instead of locales/load.ts, whose `import()` a classic script
 * cannot split off) gets each file's name and SRI value written in. dist/billingos.locales.json lists
 * them for the report and the worker.
 */
const onDemandLocales = () => {
  const scriptLoader = fileURLToPath(new URL("./locales/load.script.ts", import.meta.url));
  const scripts = {};
  return {
    name: "on-demand-locales",
    async buildStart() {
      for (const locale of ["fr"]) {
        const bundle = await rollup({
          input: `locales/${locale}.script.ts`,
          plugins: [nodeResolve({ browser: true }), typescript(true), squeeze],
        });
        const { output } = await bundle.generate({ format: "iife" });
        await bundle.close();
        const code = output[0].code;
        const file = `billingos.${locale}.${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
        scripts[locale] = { file, integrity: `sha384-${createHash("sha384").update(code).digest("base64")}` };
        this.emitFile({ type: "asset", fileName: file, source: code });
      }
      this.emitFile({ type: "asset", fileName: "billingos.locales.json", source: `${JSON.stringify(scripts, null, 2)}\n` });
    },
    async resolveId(source, importer) {
      if (!/\/locales\/load$/.test(source) || !importer) return null;
      return scriptLoader;
    },
    transform(code, id) {
      if (id !== scriptLoader) return null;
      return { code: code.replace(/BILLINGOS_LOCALE_SCRIPTS\[/g, `(${JSON.stringify(scripts)})[`), map: null };
    },
  };
};

/** Where the admin's chunks go under dist/ (and under /admin/assets/ in the worker). */
const ADMIN_CHUNKS = "admin-chunks";
const freshAdminChunks = {
  name: "fresh-admin-chunks",
  buildStart() {
    rmSync(fileURLToPath(new URL(`./dist/${ADMIN_CHUNKS}`, import.meta.url)), { recursive: true, force: true });
  },
};

export default [
  {
    input: {
      index: "index.ts",
      client: "client/index.ts",
      server: "server/customer-sessions.ts",
      react: "react/index.ts",
      ...Object.fromEntries(elements.map((name) => [name, `components/${name}/define.ts`])),
    },
    external: (id) => /^(lit|@lit\/|lit-html|lit-element|nanostores|react)(\/|$)/.test(id),
    plugins: [compactCss, compactHtml, nodeResolve(), typescript(true)],
    output: { dir: "dist", format: "esm", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js", sourcemap: true },
  },
  {
    input: "browser.ts",
    plugins: [production, onDemandLocales(), compactCss, compactHtml, nodeResolve({ browser: true }), typescript(true), squeeze],
    output: { file: "dist/billingos.js", format: "iife", name: "BillingOS", sourcemap: true },
  },
  {
    // The merchant admin (admin/): its own script, served by the worker at /admin/assets/admin.js. It
    // bundles what only the admin needs (supabase-js, the router, uPlot), so none of it reaches billingos.js.
    // admin.js is the first load (the shell and the customers list); every other page's folder, uPlot and
    // the SDK elements the pages show are chunks under dist/admin-chunks/ (hash-named), each page's
    // loaded by its `import()` in admin/pages/index.ts, as are the elements' on-demand languages
    // (locales/load.ts's `import()`). The worker serves them from /admin/assets/admin-chunks/ ('self'
    // under the admin's CSP). Chunks of earlier builds are removed first, so only this build's get copied.
    input: "admin/main.ts",
    plugins: [freshAdminChunks, production, compactCss, compactHtml, nodeResolve({ browser: true }), typescript(true), squeeze],
    output: {
      dir: "dist",
      format: "esm",
      sourcemap: true,
      entryFileNames: "admin.js",
      // A page folder's chunk is named after the folder (analytics-….js), the rest after their first module.
      chunkFileNames: (chunk) =>
        `${ADMIN_CHUNKS}/${/admin\/pages\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? "")?.[1] ?? "[name]"}-[hash].js`,
    },
  },
];
