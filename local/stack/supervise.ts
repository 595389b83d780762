import type { ChildProcess } from "node:child_process";

export interface Supervised {
  /** The child running now. */
  current(): ChildProcess;
  /** Stops restarting; the caller then stops `current()`. */
  release(): void;
}

/**
 * Keeps a long-running child alive: when it exits on its own it is started again, at most
 * `maxRestarts` times within `windowMs` (a child that keeps dying is given up on, through
 * `giveUp`). wrangler dev's Node process can die under overload (an unhandled ECONNRESET in its
 * local Hyperdrive proxy, see bench/README.md); the stack should outlive that.
 */
export function supervise(
  start: () => ChildProcess,
  options: {
    maxRestarts?: number;
    windowMs?: number;
    /** Clears what the dead child left behind (its process group, its port) before the next start. */
    beforeRestart?(dead: ChildProcess): Promise<void>;
    onRestart(code: number | null): void;
    giveUp(code: number | null): void;
  },
): Supervised {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  const restarts: number[] = [];
  let released = false;
  let child: ChildProcess;
  const launch = () => {
    child = start();
    child.once("exit", (code) => {
      if (released) return;
      const now = Date.now();
      while (restarts.length > 0 && (restarts[0] as number) <= now - windowMs) restarts.shift();
      if (restarts.length >= maxRestarts) return options.giveUp(code);
      restarts.push(now);
      options.onRestart(code);
      const dead = child;
      (options.beforeRestart?.(dead) ?? Promise.resolve()).then(
        () => {
          if (!released) launch();
        },
        () => options.giveUp(code),
      );
    });
  };
  launch();
  return {
    current: () => child,
    release: () => {
      released = true;
    },
  };
}
