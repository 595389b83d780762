import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { freePort, isPortTaken } from "../ports";
import { type LaunchedStack, launchStack, type StackPorts } from "./launch";

/**
 * The supervisor's life and death, as a person meets it: `npm start` killed with -9 (alone, and
 * together with its watchdog), Ctrl-C pressed twice while requests are running, and a start on
 * ports someone else holds. After each, nothing of the stack runs and the next start comes up.
 */
/** The stack's processes as /proc shows them, found by what their command lines carry (not by npm start's own records). */
interface Running {
  supervisor: number;
  watchdog: number | undefined;
  postgres: number;
  wrangler: number[];
}

let home: string;
let ports: StackPorts;
let current: LaunchedStack | undefined;

before(async () => {
  home = await mkdtemp(join(tmpdir(), "billingos-lifecycle-"));
  await chmod(home, 0o755);
  ports = { api: await freePort(), postgres: await freePort(), auth: await freePort(), stripe: await freePort() };
});
after(async () => {
  if (current && current.child.exitCode === null && current.child.pid) process.kill(-current.child.pid, "SIGINT");
  await current?.exited;
  await rm(home, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processes(): Array<{ pid: number; command: string }> {
  const found = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      found.push({ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ") });
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** This test's stack only (other stacks may run on the machine): its processes carry BILLINGOS_HOME=<home>. */
function ofThisStack(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`BILLINGOS_HOME=${home}`);
  } catch {
    return false;
  }
}

function running(): Running {
  const all = processes();
  const ours = (needle: string) => all.filter((entry) => entry.command.includes(needle)).map((entry) => entry.pid);
  // The node process that runs start.ts (not npm's shell, not tsx's relaying parent in older setups).
  const supervisor = all.find(
    (entry) =>
      /^\S*node .*local\/start\.ts/.test(entry.command) && !/\/tsx(\/dist\/cli\.mjs)? /.test(entry.command) && ofThisStack(entry.pid),
  );
  return {
    supervisor: supervisor?.pid ?? 0,
    watchdog: ours("stack/watchdog.mjs").find(ofThisStack),
    postgres: ours(`-D ${home}/pg`)[0] ?? 0,
    wrangler: [...ours(`--persist-to ${home}/wrangler`), ...ours(`entry=127.0.0.1:${ports.api} `)],
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, "utf8") !== ""; // a zombie has an empty command line
  } catch {
    return false;
  }
}

async function nothingRuns(seen: Running, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  const still = async () => [
    ...[seen.postgres, ...seen.wrangler].filter(alive).map(
      (pid) =>
        `pid ${pid} (${processes()
          .find((entry) => entry.pid === pid)
          ?.command.slice(0, 80)})`,
    ),
    ...(
      await Promise.all(Object.entries(ports).map(async ([name, port]) => ((await isPortTaken(port)) ? `port ${port} (${name})` : "")))
    ).filter(Boolean),
  ];
  while (Date.now() < deadline && (await still()).length > 0) await sleep(200);
  assert.deepEqual(await still(), [], "nothing of the stack is left running");
}

async function start(): Promise<LaunchedStack> {
  current = launchStack(home, ports);
  await current.banner;
  return current;
}

describe("npm start's supervisor", () => {
  it("names every port someone else holds, with its pid and command, and starts nothing", async () => {
    const servers = await Promise.all([ports.api, ports.stripe].map((port) => listen(port)));
    try {
      const stack = launchStack(home, ports);
      assert.equal(await stack.exited, 1);
      const line = stack.output().trim();
      assert.match(
        line,
        new RegExp(
          `^billingos: ports already in use: ${ports.api} \\(API\\) by pid ${process.pid} \\(\\S*node[^)]*\\); ${ports.stripe} \\(Stripe emulator\\) by pid ${process.pid} \\(`,
        ),
      );
      assert.match(line, /Stop them or set BILLINGOS_API_PORT \/ BILLINGOS_STRIPE_PORT \(see README\)$/);
      assert.equal(line.split("\n").length, 1, line);
      assert.equal(await isPortTaken(ports.postgres), false, "Postgres was not started");
    } finally {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    }
  });

  it("leaves nothing running when killed with -9, and starts again", async () => {
    await start();
    const seen = running();
    assert.ok(seen.supervisor && seen.postgres && seen.wrangler.length >= 2, JSON.stringify(seen));
    process.kill(seen.supervisor, "SIGKILL");
    await nothingRuns(seen);
    const again = await start();
    assert.doesNotMatch(again.output(), /left behind/, "the watchdog had already stopped everything");
  });

  it("stops what a run killed with its watchdog left behind, says so in one line, and starts", async () => {
    const seen = running();
    assert.ok(seen.watchdog, "a watchdog runs beside the supervisor");
    process.kill(seen.watchdog, "SIGKILL");
    process.kill(seen.supervisor, "SIGKILL");
    await sleep(1_000);
    for (const pid of [seen.postgres, ...seen.wrangler]) assert.ok(alive(pid), `pid ${pid} survived, as leftovers do`);
    const wranglerLeader = Number(readFileSync(`/proc/${seen.wrangler[0]}/stat`, "utf8").split(") ")[1]?.split(" ")[2]);
    const again = await start();
    assert.match(
      again.output(),
      new RegExp(
        `^billingos: stopped what an earlier run left behind: postgres \\(pid ${seen.postgres}\\), wrangler \\(pid ${wranglerLeader}\\)$`,
        "m",
      ),
    );
    for (const pid of [seen.postgres, ...seen.wrangler]) assert.equal(alive(pid), false, `pid ${pid} is gone`);
  });

  it("stops everything on Ctrl-C pressed twice under load, three times over, and starts after each", async () => {
    for (let round = 1; round <= 3; round++) {
      const stack = current as LaunchedStack;
      const seen = running();
      const { secret } = JSON.parse(await readFile(join(home, "demo-keys.json"), "utf8")) as { secret: string };
      let loading = true;
      const load = Array.from({ length: 16 }, async () => {
        while (loading)
          await fetch(`http://127.0.0.1:${ports.api}/v1/products?limit=100`, { headers: { authorization: `Bearer ${secret}` } })
            .then((response) => response.arrayBuffer())
            .catch(() => sleep(20));
      });
      await sleep(1_500);
      process.kill(-(stack.child.pid as number), "SIGINT"); // the terminal signals the whole foreground group
      await sleep(100);
      if (stack.child.exitCode === null) process.kill(-(stack.child.pid as number), "SIGINT");
      const code = await Promise.race([stack.exited, sleep(30_000).then(() => "still running after 30 s")]);
      loading = false;
      await Promise.all(load);
      assert.ok(code === 0 || code === 130 || code === "SIGINT", `round ${round}: exit ${code}\n${stack.output()}`);
      await nothingRuns(seen);
      const again = await start();
      assert.doesNotMatch(again.output(), /left behind/, `round ${round}: Ctrl-C left nothing behind`);
    }
  });
});

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
