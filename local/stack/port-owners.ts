import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { isPortTaken } from "../ports";
import { commandLine } from "./processes";

/** One line naming every wanted port that is taken, with who holds it where /proc says; undefined when all are free. */
export async function describeTakenPorts(
  wanted: ReadonlyArray<{ name: string; port: number; variable: string }>,
): Promise<string | undefined> {
  const taken = [];
  for (const entry of wanted) if (await isPortTaken(entry.port)) taken.push(entry);
  if (taken.length === 0) return undefined;
  const described = taken.map(({ name, port }) => {
    const owner = listener(port);
    const command = owner === undefined ? undefined : commandLine(owner);
    const who = owner === undefined ? "by a process we cannot see" : `by pid ${owner}${command ? ` (${shorten(command)})` : ""}`;
    return `${port} (${name}) ${who}`;
  });
  return `${taken.length === 1 ? "port" : "ports"} already in use: ${described.join("; ")}. Stop ${taken.length === 1 ? "it" : "them"} or set ${taken.map((entry) => entry.variable).join(" / ")} (see README)`;
}

function shorten(command: string): string {
  return command.length > 100 ? `${command.slice(0, 99)}…` : command;
}

/** The pid listening on a TCP port, from /proc/net/tcp{,6} and the socket links in /proc/<pid>/fd (our own user's processes, or all as root). */
function listener(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      // state 0A is LISTEN; the local address ends in the port in hex
      if (local && fields[3] === "0A" && Number.parseInt(local.split(":").pop() ?? "", 16) === port && fields[9]) inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${name}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${name}/fd/${fd}`));
        if (match && inodes.has(match[1] as string)) return Number(name);
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}
