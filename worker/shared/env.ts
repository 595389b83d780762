import type { Sql } from "postgres";
import type { Logger } from "./logger";
import type { Principal } from "./principal";

/** Per-request values set by middleware and read by handlers through `c.var`. */
export interface RequestVariables {
  requestId: string;
  logger: Logger;
  /** The request's database client; opened lazily, closed when the response is sent. */
  db: () => Sql;
  /** Who is calling; set by the authenticate middleware. */
  principal: Principal;
}

export interface AppEnv {
  Bindings: Env;
  Variables: RequestVariables;
}
