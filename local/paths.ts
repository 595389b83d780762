import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where things live in the repository and where the local stack keeps its state. */
export const paths = {
  root,
  local: join(root, "local"),
  worker: join(root, "worker"),
  migrations: join(root, "supabase", "migrations"),
  seed: join(root, "supabase", "seed.sql"),
  /** State of the local stack; `BILLINGOS_HOME` moves it (the e2e suite uses a temporary one). */
  home: resolve(process.env.BILLINGOS_HOME ?? join(root, ".billingos")),
};
