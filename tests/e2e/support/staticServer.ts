/**
 * A tiny static server for an already built app: serves `dist/` (or another
 * build), answers a page route with its prerendered file or else with
 * index.html, as a single-page app must,
 * and sends the security headers a production host should send, so the
 * browser tests also prove the app runs under them (no inline script, no
 * eval, requests only to itself and its API).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { securityHeaders } from '@/app/securityHeaders';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** The build directory, e.g. the absolute path of dist/. */
  root: string;
  /** Extra origins the page may fetch from (the configured API), added to connect-src. */
  connectOrigins?: string[];
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startStaticServer({ root, connectOrigins = [] }: StaticServerOptions): Promise<RunningServer> {
  const base = path.resolve(root);
  if (!(await isFile(path.join(base, 'index.html')))) {
    throw new Error(`${base}/index.html not found: build the app first (npm run build).`);
  }
  const headers = securityHeaders(connectOrigins);

  const server: Server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const requested = path.normalize(path.join(base, decodeURIComponent(pathname)));
      const insideRoot = requested.startsWith(base + path.sep) || requested === base;
      const hasExtension = path.extname(pathname) !== '';
      let file: string | null = null;
      // `/` is drawn into home.html, so that index.html stays the bare app for every other address.
      const drawnPage = pathname === '/' ? path.join(base, 'home.html') : `${requested}.html`;
      if (insideRoot && (await isFile(requested))) file = requested;
      // A page drawn at build time has its own file (scripts/prerender.ts), as `vite preview` and nginx find it.
      else if (insideRoot && !hasExtension && (await isFile(drawnPage))) file = drawnPage;
      // Any other page route (no extension) is the app itself; a missing asset is a real 404.
      else if (!hasExtension) file = path.join(base, 'index.html');
      if (file === null) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      const body = await readFile(file);
      const isHashedAsset = file.includes(`${path.sep}assets${path.sep}`);
      response.writeHead(200, {
        ...headers,
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : String(error));
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
