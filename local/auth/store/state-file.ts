import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AuthState } from "./records";

/** The mailbox keeps the newest messages only, so a long-lived `.billingos/` does not grow forever. */
const MAIL_KEPT = 1_000;

/**
 * The emulator's whole state in one JSON file. Writes go to a temporary file renamed over the old
 * one, so a crash mid-write leaves the previous state rather than half a file. The file holds the
 * private signing key, hence mode 0600.
 */
export class StateFile {
  readonly path: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, "auth-state.json");
  }

  load(): AuthState | undefined {
    let raw: string;
    try {
      raw = readFileSync(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    const state = JSON.parse(raw) as AuthState;
    if (state.version !== 1) throw new Error(`${this.path}: unknown state version ${String(state.version)}`);
    return state;
  }

  save(state: AuthState): void {
    if (state.mail.length > MAIL_KEPT) state.mail.splice(0, state.mail.length - MAIL_KEPT);
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, this.path);
  }
}
