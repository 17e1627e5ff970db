/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { apiConnectOrigins, securityHeaders, staticSecurityHeaders } from './src/app/securityHeaders';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/prerender.ts reads it to link each prerendered page's own styles and code.
    manifest: true,
  },
  // The dev server injects an inline React Refresh preamble, so it cannot run under the production CSP.
  server: { headers: { ...staticSecurityHeaders } },
  preview: { headers: securityHeaders(apiConnectOrigins(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL)) },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
}));
