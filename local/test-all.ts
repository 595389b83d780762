// `npm test`: every suite, one after another, each with its own pass/fail counts, then one total.
// One embedded Postgres (or DATABASE_URL) serves the suites; each creates its own database on it.
// The e2e suite boots its own `npm start` stack, embedded Postgres included.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paths } from "./paths";
import { freePort } from "./ports";
import { startEmbeddedPostgres } from "./postgres/embedded";

interface Suite {
  name: string;
  command: string[];
  /** Reads "passed/failed" from the suite's own summary. */
  counts: (output: string) => { passed: number; failed: number } | undefined;
}

/** Sums node:test's summaries (a suite may run it more than once, e.g. e2e's lifecycle file first, alone). */
const nodeTestCounts = (output: string) => {
  const sum = (pattern: RegExp) => [...output.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);
  if (!/ℹ pass \d+/.test(output)) return undefined;
  return { passed: sum(/ℹ pass (\d+)/g), failed: sum(/ℹ fail (\d+)/g) };
};

const suites: Suite[] = [
  { name: "lint", command: ["npm", "run", "lint"], counts: () => undefined },
  { name: "typecheck", command: ["npm", "run", "typecheck"], counts: () => undefined },
  { name: "bundle", command: ["npm", "run", "bundle", "-w", "worker"], counts: () => undefined },
  { name: "local", command: ["npm", "run", "test", "-w", "local"], counts: nodeTestCounts },
  {
    name: "worker",
    command: ["npm", "run", "test", "-w", "worker"],
    counts: (output) => {
      const line = /Tests\s+(.*)\(\d+\)/.exec(stripAnsi(output))?.[1] ?? "";
      return { passed: Number(/(\d+) passed/.exec(line)?.[1] ?? 0), failed: Number(/(\d+) failed/.exec(line)?.[1] ?? 0) };
    },
  },
  {
    name: "sdk",
    command: ["npm", "run", "test", "-w", "sdk"],
    counts: (output) => {
      const match = [...stripAnsi(output).matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
    },
  },
  { name: "storybook", command: ["npm", "run", "test", "-w", "storybook"], counts: nodeTestCounts },
  { name: "e2e", command: ["npm", "run", "test:e2e"], counts: nodeTestCounts },
];

function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, "");
}

/** A suite past its limit is stopped and fails, so a hang shows as a failure instead of eating CI's time. */
const LIMIT_MINUTES: Record<string, number> = { worker: 25, e2e: 25, sdk: 15 };
const DEFAULT_LIMIT_MINUTES = 10;

function run(suite: Suite, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const [command, ...args] = suite.command as [string, ...string[]];
    // Its own process group: a stop reaches whatever the suite started.
    const child = spawn(command, args, { cwd: paths.root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    const print = (text: string) => {
      output += text;
      process.stdout.write(text);
    };
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => print(chunk.toString()));
    const minutes = LIMIT_MINUTES[suite.name] ?? DEFAULT_LIMIT_MINUTES;
    let timedOut = false;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-(child.pid as number), signal);
      } catch {
        // Already gone.
      }
    };
    const limit = setTimeout(() => {
      timedOut = true;
      print(`\n${suite.name}: still running after ${minutes} min, stopped (counted as failed)\n`);
      kill("SIGTERM");
      setTimeout(() => kill("SIGKILL"), 10_000).unref();
    }, minutes * 60_000);
    let done = false;
    const finish = (code: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(limit);
      resolve({ code: timedOut ? 1 : (code ?? 1), output });
    };
    child.on("close", finish);
    // A grandchild that outlives the suite can hold its output open: settle a little after the exit anyway.
    child.on("exit", (code) => setTimeout(() => finish(code), 5_000).unref());
  });
}

const only = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
let stopPostgres = async () => {};
if (!env.DATABASE_URL) {
  const dir = await mkdtemp(join(tmpdir(), "billingos-test-pg-"));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: join(dir, "data"), port: await freePort() });
  env.DATABASE_URL = pg.url;
  stopPostgres = async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

const results: string[] = [];
let passed = 0;
let failed = 0;
let broken = false;
try {
  for (const suite of suites.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
    console.log(`\n━━━ ${suite.name} ━━━`);
    const started = Date.now();
    const { code, output } = await run(suite, env);
    const seconds = Math.round((Date.now() - started) / 1000);
    const counts = suite.counts(output);
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
    }
    if (code !== 0) broken = true;
    const tally = counts ? `  (${counts.passed} passed, ${counts.failed} failed)` : "";
    results.push(`  ${code === 0 ? "ok  " : "FAIL"}  ${suite.name}${tally}  ${seconds} s`);
  }
} finally {
  await stopPostgres();
}
console.log(`\n${results.join("\n")}\n`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
