export type LogFields = Record<string, unknown>;

/** Structured logs: one JSON object per line (Workers Logs indexes the fields). */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const LEVELS = ["debug", "info", "warn", "error"] as const;
type Level = (typeof LEVELS)[number];

/** The `LOG_LEVEL` var as a rank; anything unknown logs everything from `info` up. */
function rank(level: string | undefined): number {
  const index = LEVELS.indexOf(level as Level);
  return index === -1 ? 1 : index;
}

/**
 * One JSON object per line, always carrying the request id; Workers Logs indexes the fields.
 * Lines below `minimum` are not built at all.
 */
export function createLogger(base: LogFields, minimum?: string): Logger {
  const lowest = rank(minimum);
  const write = (level: Level, message: string, fields?: LogFields) => {
    if (rank(level) < lowest) return;
    console.log(JSON.stringify({ level, message, time: new Date().toISOString(), ...base, ...fields }));
  };
  return {
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
  };
}
