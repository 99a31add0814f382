import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [
    vue({
      // <dvc-…> are custom elements, not Vue components: no "failed to resolve component".
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dvc-') } },
    }),
  ],
  // Ports of its own, so the examples can run side by side.
  server: { port: 5302 },
  preview: { port: 5312 },
})
