import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env['ASKWELL_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  // "source" makes @askwell/domain resolve to its TypeScript source: one copy of each rule, no stale build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022', manifest: true },
});
