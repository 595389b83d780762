// `npm run build -w sdk`: the npm package's ESM entries (one per element, the client, everything) with
// lit and nanostores left to the app's bundler, and the all-in-one browser script dist/billingos.js
// (a classic script, everything bundled) that the worker serves at /sdk/billingos.js.
import { readdirSync } from "node:fs";
import nodeResolve from "@rollup/plugin-node-resolve";
import replace from "@rollup/plugin-replace";
import esbuild from "rollup-plugin-esbuild";

const elements = readdirSync(new URL("./components", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const typescript = (minify) => esbuild({ target: "es2022", minify, tsconfig: "tsconfig.json", legalComments: "none" });
// nanostores reads process.env.NODE_ENV for dev warnings; browsers have no `process`.
const production = replace({ preventAssignment: true, values: { "process.env.NODE_ENV": JSON.stringify("production") } });

export default [
  {
    input: {
      index: "index.ts",
      client: "client/index.ts",
      server: "server/customer-sessions.ts",
      react: "react/index.ts",
      ...Object.fromEntries(elements.map((name) => [name, `components/${name}/define.ts`])),
    },
    external: (id) => /^(lit|@lit\/|lit-html|lit-element|nanostores|openapi-fetch|react)(\/|$)/.test(id),
    plugins: [nodeResolve(), typescript(true)],
    output: { dir: "dist", format: "esm", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js", sourcemap: true },
  },
  {
    input: "browser.ts",
    plugins: [production, nodeResolve({ browser: true }), typescript(true)],
    output: { file: "dist/billingos.js", format: "iife", name: "BillingOS", sourcemap: true },
  },
];
