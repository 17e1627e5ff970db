import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { distDir } from './builds';
import { startStaticServer, type RunningServer, type StaticServerOptions } from './staticServer';

export interface ProductionApp {
  /** The server's origin, e.g. http://127.0.0.1:41234. Valid once the `before` hook has run. */
  readonly url: string;
  readonly browser: Browser;
}

export interface ProductionAppOptions extends Partial<StaticServerOptions> {
  /** Work that must finish before the server starts (e.g. building the app it serves). */
  prepare?: () => Promise<void>;
}

/**
 * Registers the node:test hooks that serve a build (dist/ unless `root` is
 * given) and launch Chromium once per file, and closes both after the file.
 * The returned getters throw when read before the hook, so a test that runs
 * too early fails loudly instead of talking to `undefined`.
 */
export function useProductionApp({ prepare, root = distDir, connectOrigins }: ProductionAppOptions = {}): ProductionApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    await prepare?.();
    server = await startStaticServer({ root, connectOrigins });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      if (!server) throw new Error('useProductionApp: the server is not started yet (read it inside a test).');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useProductionApp: the browser is not launched yet (read it inside a test).');
      return browser;
    },
  };
}
