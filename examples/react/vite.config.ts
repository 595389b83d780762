import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { build, sdkFromSource } from "../vite.shared.ts";

export default defineConfig({ plugins: [react()], resolve: sdkFromSource, build });
