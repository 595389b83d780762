import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paths } from "../paths";
import { freePort } from "../ports";

export interface BootedStack {
  api: string;
  /** The Acme Notes example app (examples/html) that `npm start` serves. */
  example: string;
  /** The stack's state directory (demo keys in demo-keys.json). */
  home: string;
  ports: { api: number; postgres: number; auth: number; stripe: number; example: number };
  output: () => string;
  /** Sends SIGINT like Ctrl-C and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Boots `npm start`'s orchestrator on free ports with a throwaway state directory, as a person would run it. */
export async function bootStack(timeoutMs = 240_000, extraEnv: Record<string, string> = {}): Promise<BootedStack> {
  const home = await mkdtemp(join(tmpdir(), "billingos-e2e-"));
  await chmod(home, 0o755);
  const ports = {
    api: await freePort(),
    postgres: await freePort(),
    auth: await freePort(),
    stripe: await freePort(),
    example: await freePort(),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    BILLINGOS_HOME: home,
    BILLINGOS_API_PORT: String(ports.api),
    BILLINGOS_DB_PORT: String(ports.postgres),
    BILLINGOS_AUTH_PORT: String(ports.auth),
    BILLINGOS_STRIPE_PORT: String(ports.stripe),
    BILLINGOS_EXAMPLE_PORT: String(ports.example),
  };
  delete env.DATABASE_URL; // the real path: embedded Postgres
  delete env.SUPABASE_URL; // the real path: the Auth emulator
  delete env.STRIPE_SECRET_KEY; // the real path: the Stripe emulator
  const child = spawn(process.execPath, ["--import", "tsx", join(paths.local, "start.ts")], {
    cwd: paths.root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within ${timeoutMs / 1000}s:\n${output}`)), timeoutMs);
    const check = () => {
      if (output.includes("BillingOS is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  return {
    api: `http://127.0.0.1:${ports.api}`,
    example: `http://127.0.0.1:${ports.example}`,
    home,
    ports,
    output: () => output,
    stop: async () => {
      const code = await stopChild(child);
      await rm(home, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * Boots the stack beside `other` (Chromium, mostly); when either fails, closes what did start and
 * rethrows: a Chromium left open keeps the test file's process, and so `node --test`, waiting forever.
 */
export async function bootBeside<T extends { close(): Promise<void> }>(
  other: Promise<T>,
  boot: () => Promise<BootedStack> = () => bootStack(),
): Promise<[BootedStack, T]> {
  const [stack, started] = await Promise.allSettled([boot(), other]);
  if (stack.status === "fulfilled" && started.status === "fulfilled") return [stack.value, started.value];
  if (started.status === "fulfilled") await started.value.close();
  if (stack.status === "fulfilled") await stack.value.stop();
  throw stack.status === "rejected" ? stack.reason : (started as PromiseRejectedResult).reason;
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });
}
