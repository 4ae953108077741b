/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    // Maven packages this directory into the module's jar at classpath:static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // antd, with the components the console uses, is ~1.3 MB minified (~415 kB gzipped) and loads once per session.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than the console: keep it in cacheable chunks.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev` talks to a running gateway for the API.
    proxy: { '/api': process.env.AVIARY_GATEWAY_URL ?? 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
