// `npm run typecheck`: every TypeScript project, two at a time (tsc uses one core; CI has two).
// Each project's output is printed whole when it ends, so errors are never interleaved.
import { spawn } from "node:child_process";
import { paths } from "../paths";

const projects: Array<{ name: string; command: string[]; cwd?: string }> = [
  { name: "worker", command: ["npx", "tsc", "-p", "worker"] },
  { name: "sdk", command: ["npx", "tsc", "-p", "sdk"] },
  { name: "storybook", command: ["npx", "tsc", "-p", "storybook"] },
  { name: "local", command: ["npx", "tsc", "-p", "local"] },
  ...["react", "react-18", "vue", "svelte"].map((name) => ({
    name: `examples/${name}`,
    command: ["npm", "run", "typecheck", "--silent"],
    cwd: `examples/${name}`,
  })),
];

function check(project: (typeof projects)[number]): Promise<boolean> {
  return new Promise((resolve) => {
    const [command, ...args] = project.command as [string, ...string[]];
    const child = spawn(command, args, { cwd: `${paths.root}/${project.cwd ?? ""}`, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      console.log(`${code === 0 ? "ok  " : "FAIL"}  ${project.name}${output.trim() ? `\n${output.trimEnd()}` : ""}`);
      resolve(code === 0);
    });
  });
}

const queue = [...projects];
const results: boolean[] = [];
await Promise.all(
  Array.from({ length: 2 }, async () => {
    for (let project = queue.shift(); project; project = queue.shift()) results.push(await check(project));
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
