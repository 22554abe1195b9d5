import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: path.join(workspaceRoot, 'dist/apps/designer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/files': 'http://localhost:3000',
    },
  },
});
