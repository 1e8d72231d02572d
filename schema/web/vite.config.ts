// Builds the console (index.html) and GraphiQL (graphiql.html) into dist/, served by the Python package under
// /console/ (schema/pages.py). Every asset is bundled: no page loads anything from another host.
import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  base: "/console/",
  plugins: [vue()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { console: "index.html", graphiql: "graphiql.html" },
      // GraphiQL's React packages carry "use client" markers meant for server components; a browser bundle ignores them.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: {
    // `npm run dev`: the console on Vite's dev server, the API on `make run`'s.
    proxy: { "/graphql": "http://127.0.0.1:8000", "/media": "http://127.0.0.1:8000" },
  },
  test: { environment: "happy-dom", include: ["tests/**/*.test.ts"] },
});
