import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Paths the platform server answers; the dev server passes them on (npm run dev). */
const serverPaths = [
  '/api',
  '/auth',
  '/oauth',
  '/demo-idp',
  '/demo-login',
  '/problems',
  '/oeapi',
  '/health',
  '/ready',
  '/credentials',
  '/presentations',
];
const server = process.env['DEV_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: server, changeOrigin: false, xfwd: true }])),
  },
});
