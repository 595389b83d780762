import { createRouter, type Router } from "../../app/router";
import { health } from "./health.handlers";
import { getHealth } from "./health.routes";

export const healthRouter: Router = createRouter().openapi(getHealth, health);
