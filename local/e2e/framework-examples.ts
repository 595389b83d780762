// The React (19 and 18), Vue and Svelte examples in the e2e suite: each built with `vite build` and served by the
// same backend as examples/html (startAcmeNotes with the build as its page), on its own port, against
// the suite's one stack.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { startAcmeNotes } from "../../examples/html/server";
import { paths } from "../paths";
import type { DemoKeys } from "./ready-to-sell";
import type { BootedStack } from "./stack";

export const frameworks = ["react", "react-18", "vue", "svelte"] as const;
export type Framework = (typeof frameworks)[number];

const exampleDir = (framework: Framework) => join(paths.root, "examples", framework);

/** `vite build` in each example (from the SDK's source, so it needs no SDK build and can run beside the stack). */
export async function buildFrameworkExamples(): Promise<void> {
  for (const framework of frameworks) {
    await promisify(execFile)("npx", ["vite", "build", "--logLevel", "error"], { cwd: exampleDir(framework) }).catch((error) => {
      throw new Error(`vite build of examples/${framework} failed:\n${error.stdout}${error.stderr}`);
    });
  }
}

export interface ServedExamples {
  urls: Record<Framework, string>;
  close(): Promise<void>;
}

/** Serves each build on a free port and lets the demo merchant's publishable key be used from those origins. */
export async function serveFrameworkExamples(stack: BootedStack, keys: DemoKeys): Promise<ServedExamples> {
  const apps = await Promise.all(
    frameworks.map((framework) =>
      startAcmeNotes({
        apiBase: stack.api,
        secretKey: keys.secret,
        publishableKey: keys.publishable,
        stripeEmulator: `http://127.0.0.1:${stack.ports.stripe}`,
        publicDir: join(exampleDir(framework), "dist"),
        port: 0,
      }),
    ),
  );
  const headers = { Authorization: `Bearer ${keys.secret}`, "content-type": "application/json" };
  const org = `${stack.api}/v1/organizations/org_demoAcmeCloud`;
  const { allowed_origins } = (await (await fetch(org, { headers })).json()) as { allowed_origins: string[] };
  const updated = await fetch(org, {
    method: "POST",
    headers,
    body: JSON.stringify({ allowed_origins: [...allowed_origins, ...apps.map((app) => app.url)] }),
  });
  if (!updated.ok) throw new Error(`allowed_origins refused (${updated.status}): ${await updated.text()}`);
  return {
    urls: Object.fromEntries(frameworks.map((framework, index) => [framework, apps[index]?.url])) as Record<Framework, string>,
    close: async () => {
      await Promise.all(apps.map((app) => app.close()));
    },
  };
}
