import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../local/test/database";

declare module "vitest" {
  interface ProvidedContext {
    databaseUrl: string;
    workerDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("workerDatabaseUrl", database.workerUrl);
  return () => database.drop();
}
