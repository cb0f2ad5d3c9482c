import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' makes the built folder work from any sub-path (e.g. a project page).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
