import type { Route } from "../http/context";
import { customerRoutes } from "./customers";

/** Every `/v1` endpoint the emulator speaks. */
export const apiRoutes: Route[] = [...customerRoutes];
