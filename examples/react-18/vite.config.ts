import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { build, sdkFromSource } from "../vite.shared.ts";

export default defineConfig({
  plugins: [react()],
  // This example's React 18 for the SDK's wrappers too (in the repository the SDK's source would
  // otherwise find the React 19 the other examples install at the root).
  resolve: { ...sdkFromSource, dedupe: ["react", "react-dom"] },
  build,
});
