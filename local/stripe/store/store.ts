import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FieldIndexes } from "./indexes";

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

/** One change, as the journal records it. */
type Change =
  | ["put", Scope, string, StoredObject]
  | ["remove", Scope, string, string]
  | ["link", string, string, string]
  | ["setting", string, string];

/** Changes are appended this often: a burst of requests costs one small write. */
const JOURNAL_INTERVAL_MS = 25;
/** The journal is folded into the snapshot once it outgrows the snapshot (and this floor). */
const MIN_COMPACT_BYTES = 4 * 1024 * 1024;

/**
 * All emulator state in memory, persisted as a snapshot (one JSON file) plus a journal of the
 * changes since (one JSON line per batch of changed objects). A write costs what changed, not the
 * whole state: rewriting a 20 MB snapshot on every request took more CPU than the API itself
 * under load. The journal is replayed on start and folded into the snapshot once it outgrows it;
 * `flush()` (called on stop) writes everything out.
 */
export class Store {
  private state: State;
  private readonly file: string;
  private readonly journal: string;
  /** Changes not yet in the journal, the newest per object. */
  private pending = new Map<string, Change>();
  private journalTimer: NodeJS.Timeout | undefined;
  private journalBytes = 0;
  private snapshotBytes = 0;
  private readonly indexes = new FieldIndexes();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, "stripe-state.json");
    this.journal = join(dataDir, "stripe-state.journal");
    this.state = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, "utf8")) as State) : emptyState();
    for (const [scope, collections] of Object.entries(this.state.scopes))
      for (const [collection, objects] of Object.entries(collections))
        for (const object of Object.values(objects)) this.indexes.put(scope, collection, object);
    if (existsSync(this.journal)) {
      for (const line of readFileSync(this.journal, "utf8").split("\n")) this.replay(line);
      this.compact();
    } else if (existsSync(this.file)) this.snapshotBytes = statSync(this.file).size;
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
    this.record(`${scope}\0${collection}\0${object.id}`, ["put", scope, collection, object]);
    return object;
  }

  remove(scope: Scope, collection: string, id: string) {
    this.record(`${scope}\0${collection}\0${id}`, ["remove", scope, collection, id]);
  }

  /** Objects of a collection, newest first (Stripe's list order). */
  all<T extends StoredObject>(scope: Scope, collection: string): T[] {
    const items = Object.values(this.state.scopes[scope]?.[collection] ?? {}) as T[];
    return items.reverse();
  }

  /**
   * Objects of a collection whose indexed `field` (see INDEXED_FIELDS: a customer's, a
   * subscription's, an invoice's) is `value`, newest first, as `all(…).filter(…)` would answer.
   */
  allBy<T extends StoredObject>(scope: Scope, collection: string, field: string, value: string): T[] {
    const objects = this.state.scopes[scope]?.[collection] ?? {};
    return this.indexes.ids(scope, collection, field, value).map((id) => objects[id] as T);
  }

  scopes(): Scope[] {
    return Object.keys(this.state.scopes);
  }

  link(id: string, name: string): string | undefined {
    return this.state.links[id]?.[name];
  }

  setLink(id: string, name: string, value: string) {
    this.record(`link\0${id}\0${name}`, ["link", id, name, value]);
  }

  setting(name: string): string | undefined {
    return this.state.settings[name];
  }

  setSetting(name: string, value: string) {
    this.record(`setting\0${name}`, ["setting", name, value]);
  }

  /** Writes the journal and folds it into the snapshot: the files are current when this returns. */
  async flush() {
    this.appendPending();
    this.compact();
  }

  private apply(change: Change) {
    if (change[0] === "put") {
      this.collection(change[1], change[2])[change[3].id] = change[3];
      this.indexes.put(change[1], change[2], change[3]);
    } else if (change[0] === "remove") {
      delete this.state.scopes[change[1]]?.[change[2]]?.[change[3]];
      this.indexes.remove(change[1], change[2], change[3]);
    } else if (change[0] === "link") {
      this.state.links[change[1]] = { ...this.state.links[change[1]], [change[2]]: change[3] };
    } else this.state.settings[change[1]] = change[2];
  }

  private record(key: string, change: Change) {
    this.apply(change);
    // Re-inserted so the journal keeps the order of last changes (a put after a remove replays last).
    this.pending.delete(key);
    this.pending.set(key, change);
    this.journalTimer ??= setTimeout(() => this.appendPending(), JOURNAL_INTERVAL_MS);
  }

  private appendPending() {
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = undefined;
    if (this.pending.size === 0) return;
    // Serialized now: an object changed in place since its put is written as it is now.
    const line = `${JSON.stringify([...this.pending.values()])}\n`;
    this.pending.clear();
    appendFileSync(this.journal, line);
    this.journalBytes += Buffer.byteLength(line);
    if (this.journalBytes > Math.max(MIN_COMPACT_BYTES, this.snapshotBytes)) this.compact();
  }

  /** A journal line; a torn last line (the process died mid-write) is ignored. */
  private replay(line: string) {
    let changes: Change[];
    try {
      changes = JSON.parse(line) as Change[];
    } catch {
      return;
    }
    for (const change of changes) this.apply(change);
  }

  /** Snapshot first, then the journal goes: a crash in between replays changes already in the snapshot, which is harmless. */
  private compact() {
    const text = JSON.stringify(this.state);
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, this.file);
    rmSync(this.journal, { force: true });
    this.snapshotBytes = Buffer.byteLength(text);
    this.journalBytes = 0;
  }
}
