// The staff application (/app/): React + @xyflow/react, built into ../wwwroot/app by the Host's build.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/app', import.meta.url)),
    emptyOutDir: true,
    minify: process.env.VITE_NO_MINIFY ? false : undefined,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://localhost:5080', '/login': 'http://localhost:5080', '/login.js': 'http://localhost:5080', '/site.css': 'http://localhost:5080' } },
});
