import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Every object the emulator keeps is a Stripe object with an id. */
export interface StoredObject {
  id: string;
  object: string;
}

/**
 * Where an object lives: test or live mode, and the platform or one connected account. Objects of one
 * scope are invisible from every other scope, like Stripe's `Stripe-Account` separation.
 */
export type Scope = string;
export const scopeOf = (livemode: boolean, account: string | null): Scope => `${livemode ? "live" : "test"}/${account ?? "platform"}`;
export const platformScope = (livemode: boolean): Scope => scopeOf(livemode, null);

interface State {
  version: 1;
  scopes: Record<Scope, Record<string, Record<string, StoredObject>>>;
  /** Links Stripe does not expose as fields (a PaymentIntent's invoice, a client secret's owner…). */
  links: Record<string, Record<string, string>>;
  settings: Record<string, string>;
}

const emptyState = (): State => ({ version: 1, scopes: {}, links: {}, settings: {} });

/**
 * All emulator state in memory, persisted as one JSON file. Writes are coalesced so a burst of requests
 * costs one file write; `flush()` (called on stop) makes the file current before the process ends.
 */
export class Store {
  private state: State;
  private readonly file: string;
  private writeTimer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, "stripe-state.json");
    this.state = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, "utf8")) as State) : emptyState();
  }

  private collection(scope: Scope, name: string): Record<string, StoredObject> {
    this.state.scopes[scope] ??= {};
    const scoped = this.state.scopes[scope];
    scoped[name] ??= {};
    return scoped[name];
  }

  get<T extends StoredObject>(scope: Scope, collection: string, id: string): T | undefined {
    return this.state.scopes[scope]?.[collection]?.[id] as T | undefined;
  }

  put<T extends StoredObject>(scope: Scope, collection: string, object: T): T {
    this.collection(scope, collection)[object.id] = object;
    this.changed();
    return object;
  }

  remove(scope: Scope, collection: string, id: string) {
    delete this.state.scopes[scope]?.[collection]?.[id];
    this.changed();
  }

  /** Objects of a collection, newest first (Stripe's list order). */
  all<T extends StoredObject>(scope: Scope, collection: string): T[] {
    const items = Object.values(this.state.scopes[scope]?.[collection] ?? {}) as T[];
    return items.reverse();
  }

  scopes(): Scope[] {
    return Object.keys(this.state.scopes);
  }

  link(id: string, name: string): string | undefined {
    return this.state.links[id]?.[name];
  }

  setLink(id: string, name: string, value: string) {
    this.state.links[id] ??= {};
    this.state.links[id][name] = value;
    this.changed();
  }

  setting(name: string): string | undefined {
    return this.state.settings[name];
  }

  setSetting(name: string, value: string) {
    this.state.settings[name] = value;
    this.changed();
  }

  changed() {
    if (this.writeTimer) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      const text = JSON.stringify(this.state);
      const temp = `${this.file}.tmp`;
      this.writing = this.writing.then(() => writeFile(temp, text).then(() => rename(temp, this.file))).catch(() => {});
    }, 25);
  }

  /** Writes the current state synchronously (the file then survives an immediate restart). */
  async flush() {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    await this.writing;
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
  }
}
