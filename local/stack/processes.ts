import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * What `npm start` leaves running outside its own process, recorded in two places: a watchdog
 * (watchdog.mjs) that stops it when the supervisor dies however it dies, and `<home>/pids.json`,
 * from which the next start recognises what a run killed together with its watchdog left behind.
 */
export interface ProcessRecord {
  name: string;
  pid: number;
  /** The pid leads a process group (wrangler and its workerd): the whole group is stopped. */
  group: boolean;
  /** How it stops cleanly (Postgres: SIGINT, its fast shutdown). */
  signal: NodeJS.Signals;
  /** A string its command line contains (its state directory), so a reused pid is never taken for ours. */
  marker: string;
}

export interface ProcessRecords {
  record(entry: ProcessRecord): Promise<void>;
  /** After a clean stop: nothing of ours is left to find. */
  clear(): Promise<void>;
}

const recordsFile = (home: string) => join(home, "pids.json");

export function startProcessRecords(home: string): ProcessRecords {
  const watchdog: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, "watchdog.mjs")], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  watchdog.unref();
  // The pipe must not keep the supervisor alive, and its end is the watchdog's signal.
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  const entries = new Map<string, ProcessRecord>();
  return {
    async record(entry) {
      entries.set(entry.name, entry);
      watchdog.stdin?.write(`${entry.pid} ${entry.signal} ${entry.group ? "group" : "single"}\n`);
      await writeFile(
        recordsFile(home),
        `${JSON.stringify({ supervisor: process.pid, watchdog: watchdog.pid, processes: [...entries.values()] }, null, 2)}\n`,
      );
    },
    async clear() {
      entries.clear();
      await rm(recordsFile(home), { force: true });
    },
  };
}

/**
 * Stops what an earlier run on this state directory left running (its supervisor and watchdog both
 * killed), and says what it stopped in one line; undefined when there was nothing.
 */
export async function stopLeftovers(home: string): Promise<string | undefined> {
  const saved = JSON.parse(await readFile(recordsFile(home), "utf8").catch(() => "null")) as { processes?: ProcessRecord[] } | null;
  const found = (saved?.processes ?? []).filter((entry) => membersOf(entry).length > 0);
  for (const entry of found) signal(entry, entry.signal);
  for (let i = 0; i < 50 && found.some((entry) => membersOf(entry).length > 0); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of found) if (membersOf(entry).length > 0) signal(entry, "SIGKILL");
  rmSync(recordsFile(home), { force: true });
  if (found.length === 0) return undefined;
  return `stopped what an earlier run left behind: ${found.map((entry) => `${entry.name} (pid ${entry.pid})`).join(", ")}`;
}

/** The live processes of a record that are provably ours (for a group: any member carrying the marker vouches for the group). */
function membersOf(entry: ProcessRecord): number[] {
  if (!entry.group) return commandLine(entry.pid)?.includes(entry.marker) ? [entry.pid] : [];
  const members = processGroup(entry.pid);
  return members.some((pid) => commandLine(pid)?.includes(entry.marker)) ? members : [];
}

function signal(entry: ProcessRecord, name: NodeJS.Signals) {
  try {
    process.kill(entry.group ? -entry.pid : entry.pid, name);
  } catch {
    // gone meanwhile
  }
}

export function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return undefined;
  }
}

function processGroup(pgid: number): number[] {
  const members: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) members.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return members;
}
