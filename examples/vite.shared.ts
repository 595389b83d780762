// Shared by the React, Vue and Svelte examples' Vite configs.
import { defaultClientConditions, type UserConfig } from "vite";

/**
 * In this repository the examples build from the SDK's TypeScript source (the `billingos-source`
 * export condition of @billingos/sdk), so they build before, and without, the SDK's own build. An app
 * outside the repository installs @billingos/sdk and gets its published dist/ with no such setting.
 */
export const sdkFromSource: UserConfig["resolve"] = { conditions: ["billingos-source", ...defaultClientConditions] };

/** The page is served by examples/html/server.ts, which fills in the {{…}} placeholders of index.html. */
export const build: UserConfig["build"] = { outDir: "dist", emptyOutDir: true };
