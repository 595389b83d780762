import { readFile } from "node:fs/promises";

/**
 * `wrangler dev` never fires Cron Triggers; with `--test-scheduled` it serves `/__scheduled?cron=…`,
 * and this timer calls it on the schedule of `triggers.crons` in wrangler.jsonc, the way Cloudflare
 * would (UTC, minute resolution). Not `/cdn-cgi/handler/scheduled`: with static assets configured,
 * wrangler 4.86 sends that one to the assets router, which has no scheduled handler and answers 500
 * "exception"; `/__scheduled` is wrangler's middleware inside our worker and reaches `scheduled()`.
 */

/** The cron expressions of `triggers.crons` in a wrangler.jsonc file. */
export async function readCrons(wranglerConfig: string): Promise<string[]> {
  const config = JSON.parse(stripJsonComments(await readFile(wranglerConfig, "utf8"))) as { triggers?: { crons?: string[] } };
  const crons = config.triggers?.crons ?? [];
  for (const cron of crons) parseCron(cron); // refuse a schedule we cannot honour at start, not at 3 a.m.
  return crons;
}

/** JSONC to JSON: drops `//` and `/* *\/` comments outside strings (URLs in strings keep their `//`). */
export function stripJsonComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      out += text.slice(start, i + 1);
    } else if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (char === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 1;
      if (i === 0) break;
    } else out += char;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

type Field = Set<number>;
interface Schedule {
  minute: Field;
  hour: Field;
  day: Field;
  month: Field;
  weekday: Field;
  /** Cron's rule: when both day-of-month and day-of-week are restricted, either may match. */
  dayOrWeekday: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Parses a five-field cron expression (numbers, names, `*`, ranges, steps, lists). */
export function parseCron(cron: string): Schedule {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`cron "${cron}" must have five fields (minute hour day month weekday)`);
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  const weekdays = parseField(weekday, 0, 7, WEEKDAYS, cron);
  if (weekdays.delete(7)) weekdays.add(0); // 7 is Sunday too
  return {
    minute: parseField(minute, 0, 59, [], cron),
    hour: parseField(hour, 0, 23, [], cron),
    day: parseField(day, 1, 31, [], cron),
    month: parseField(month, 1, 12, MONTHS, cron),
    weekday: weekdays,
    dayOrWeekday: day !== "*" && weekday !== "*",
  };
}

function parseField(field: string, min: number, max: number, names: string[], cron: string): Field {
  const values: Field = new Set();
  const value = (raw: string) => {
    const named = names.indexOf(raw.toLowerCase());
    const number = named >= 0 ? named + (min === 1 ? 1 : 0) : Number(raw);
    if (!Number.isInteger(number) || number < min || number > max) throw new Error(`cron "${cron}": "${raw}" is not in ${min}-${max}`);
    return number;
  };
  for (const part of field.split(",")) {
    const [range = "", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron "${cron}": bad step in "${part}"`);
    const [from, to] =
      range === "*" ? [min, max] : range.includes("-") ? range.split("-").map(value) : [value(range), stepText ? max : value(range)];
    for (let v = from as number; v <= (to as number); v += step) values.add(v);
  }
  return values;
}

/** The first minute strictly after `after` that the schedule fires at. */
export function nextFire(schedule: Schedule, after: Date): Date {
  const t = new Date(after);
  t.setUTCSeconds(0, 0);
  for (let i = 0; i < 366 * 24 * 60; i++) {
    t.setUTCMinutes(t.getUTCMinutes() + 1);
    const dayMatches = schedule.day.has(t.getUTCDate());
    const weekdayMatches = schedule.weekday.has(t.getUTCDay());
    if (
      schedule.minute.has(t.getUTCMinutes()) &&
      schedule.hour.has(t.getUTCHours()) &&
      schedule.month.has(t.getUTCMonth() + 1) &&
      (schedule.dayOrWeekday ? dayMatches || weekdayMatches : dayMatches && weekdayMatches)
    )
      return t;
  }
  throw new Error("cron never fires within a year");
}

/**
 * Fires `fire(cron)` for every cron on its schedule, or every `everySeconds` when that is set
 * (BILLINGOS_CRON_INTERVAL_SECONDS, for tests and for watching background jobs without waiting).
 */
export function startCronTimer(options: { crons: string[]; everySeconds?: number; fire: (cron: string) => Promise<void> }): {
  stop(): void;
} {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const schedule = (cron: string) => {
    if (stopped) return;
    const parsed = parseCron(cron);
    const delay = options.everySeconds ? options.everySeconds * 1000 : nextFire(parsed, new Date()).getTime() - Date.now();
    const timer = setTimeout(() => {
      timers.delete(timer);
      // The next run is scheduled only after this one answered, so a slow run never overlaps the next.
      void options.fire(cron).finally(() => schedule(cron));
    }, delay);
    timers.add(timer);
  };
  for (const cron of options.crons) schedule(cron);
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}

/**
 * Runs the worker's scheduled handler once through wrangler dev's test endpoint (it answers once the
 * handler returned; the jobs go on in `waitUntil`). A failure is logged, never fatal.
 */
export async function fireScheduled(apiUrl: string, cron: string, log: (line: string) => void): Promise<void> {
  try {
    const response = await fetch(`${apiUrl}/__scheduled?cron=${encodeURIComponent(cron)}`);
    await response.arrayBuffer();
    if (!response.ok) log(`billingos: the scheduled handler (cron "${cron}") answered ${response.status}`);
  } catch (error) {
    log(`billingos: could not run the scheduled handler (cron "${cron}"): ${error instanceof Error ? error.message : error}`);
  }
}
