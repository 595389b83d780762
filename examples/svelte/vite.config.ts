import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";
import { build, sdkFromSource } from "../vite.shared.ts";

export default defineConfig({ plugins: [svelte()], resolve: sdkFromSource, build });
