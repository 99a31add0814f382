import { defineConfig } from 'vite'

// `vite build` builds the browser part into dist/client; `vite build --ssr src/render.ts` the
// page renderer into dist/server (package.json "build"); server.mjs serves both.
export default defineConfig({
  build: { outDir: 'dist/client' },
})
