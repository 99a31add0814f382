import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Two pages: React 19's own custom-element support (index.html) and the dvc-widgets/react
// wrappers (wrappers.html). Ports of their own, so the examples can run side by side.
export default defineConfig({
  plugins: [react()],
  server: { port: 5301 },
  preview: { port: 5311 },
  build: {
    rolldownOptions: { input: ['index.html', 'wrappers.html'] },
  },
})
