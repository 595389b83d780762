import { type ChildProcess, spawn } from "node:child_process";
import { paths } from "../paths";

export type StackPorts = { api: number; postgres: number; auth: number; stripe: number };

export interface LaunchedStack {
  /** `npm start`: the leader of its own process group, as a terminal's foreground job is. */
  child: ChildProcess;
  output(): string;
  /** Resolves once the banner is printed; rejects with the output when it exits first or times out. */
  banner: Promise<void>;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string | null>;
}

/** Runs `npm start` exactly as README says, on the given state directory and ports, with the real embedded services. */
export function launchStack(home: string, ports: StackPorts, extraEnv: Record<string, string> = {}, timeoutMs = 120_000): LaunchedStack {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    BILLINGOS_HOME: home,
    BILLINGOS_API_PORT: String(ports.api),
    BILLINGOS_DB_PORT: String(ports.postgres),
    BILLINGOS_AUTH_PORT: String(ports.auth),
    BILLINGOS_STRIPE_PORT: String(ports.stripe),
  };
  delete env.DATABASE_URL; // the real path: embedded Postgres
  delete env.SUPABASE_URL; // the real path: the Auth emulator
  delete env.STRIPE_SECRET_KEY; // the real path: the Stripe emulator
  const child = spawn("npm", ["start", "--silent"], { cwd: paths.root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | string | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const banner = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within ${timeoutMs / 1000}s:\n${output}`)), timeoutMs);
    child.stdout?.on("data", () => {
      if (output.includes("BillingOS is running")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  banner.catch(() => {});
  return { child, output: () => output, banner, exited };
}
