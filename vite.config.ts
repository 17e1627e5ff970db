/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { apiConnectOrigins, securityHeaders, staticSecurityHeaders } from './src/app/securityHeaders';

/**
 * `npm run preview` answers `/` with the page drawn at build time (scripts/prerender.ts writes it to
 * home.html), as the nginx configuration in docs/deployment.md does; other addresses find their
 * `<path>.html` or index.html through Vite's own fallback.
 */
const servePrerenderedHome: Plugin = {
  name: 'cchc:serve-prerendered-home',
  configurePreviewServer(server) {
    const home = path.resolve(server.config.root, server.config.build.outDir, 'home.html');
    server.middlewares.use((request, _response, next) => {
      const url = new URL(request.url ?? '/', 'http://preview.invalid');
      if (url.pathname === '/' && existsSync(home)) request.url = `/home.html${url.search}`;
      next();
    });
  },
};

export default defineConfig(({ mode }) => ({
  plugins: [react(), servePrerenderedHome],
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
