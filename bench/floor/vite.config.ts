import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Diagnostic floor page (minimal MapLibre choropleth); output under bench/out (git-ignored).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../out/floor-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
