// The worker's layers, lowest first: a file may import its own layer or any lower one, never a higher one.
// This list is the one place the order is written; `import-graph.ts` enforces it and worker/README.md maps it.

export interface Layer {
  name: string;
  /** Paths inside worker/ (a folder ending in "/" or one file); the longest match decides a file's layer. */
  paths: string[];
}

export const WORKER_LAYERS: Layer[] = [
  { name: "shared", paths: ["shared/"] },
  { name: "db", paths: ["db/"] },
  { name: "stripe", paths: ["stripe/"] },
  { name: "domain", paths: ["domain/"] },
  { name: "auth/app", paths: ["auth/", "app/"] },
  { name: "routes", paths: ["routes/"] },
  { name: "app root", paths: ["app/create-app.ts", "app/routes.ts", "app/scheduled.ts", "index.ts"] },
];

/** Not part of the served worker: tests and their fixtures may import any layer; scripts are built apart. */
export const OUTSIDE_LAYERS = [/\.test\.ts$/, /^test\//, /^scripts\//, /\.d\.ts$/, /^vitest\.config\.ts$/];
