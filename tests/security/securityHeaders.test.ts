// @vitest-environment node
// vite.config.ts loads vite and esbuild, which refuse to start under jsdom.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UserConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { apiConnectOrigins, contentSecurityPolicy, securityHeaders } from '@/app/securityHeaders';
import viteConfig from '../../vite.config';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The `add_header Name "value" always;` lines of the first nginx block of docs/deployment.md. */
function documentedNginxHeaders(): Record<string, string> {
  const doc = readFileSync(path.join(repoRoot, 'docs/deployment.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  if (block === undefined) throw new Error('docs/deployment.md has no nginx block');
  return Object.fromEntries(
    [...block.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

function resolvedViteConfig(): UserConfig {
  if (typeof viteConfig !== 'function') throw new Error('vite.config.ts should export a config function');
  return viteConfig({ mode: 'production', command: 'serve', isPreview: true }) as UserConfig;
}

describe('security headers', () => {
  const originalApiUrl = process.env.VITE_API_URL;
  afterEach(() => {
    if (originalApiUrl === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = originalApiUrl;
  });

  it('allow scripts only from the site itself: no inline script, no eval, no plugins, no framing', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(securityHeaders()).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });

  it('let the page reach only the origin of VITE_API_URL besides itself', () => {
    expect(apiConnectOrigins('https://api.cchc.example.gov.vn/v1/')).toEqual(['https://api.cchc.example.gov.vn']);
    expect(apiConnectOrigins('http://127.0.0.1:8787')).toEqual(['http://127.0.0.1:8787']);
    expect(apiConnectOrigins(undefined)).toEqual([]);
    expect(apiConnectOrigins('')).toEqual([]);
    expect(apiConnectOrigins('javascript:alert(1)')).toEqual([]);
    expect(apiConnectOrigins('cchc.example.gov.vn/api')).toEqual([]);
    expect(directives(contentSecurityPolicy(['http://127.0.0.1:8787'])).get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:8787']);
  });

  it('are what the documented nginx deployment sends, value for value', () => {
    expect(documentedNginxHeaders()).toEqual(securityHeaders(apiConnectOrigins('https://api.cchc.example.gov.vn')));
  });

  it('are what vite preview sends, with the API origin of the build', () => {
    delete process.env.VITE_API_URL;
    expect(resolvedViteConfig().preview?.headers).toEqual(securityHeaders());
    process.env.VITE_API_URL = 'https://api.cchc.example.gov.vn';
    expect(resolvedViteConfig().preview?.headers).toEqual(securityHeaders(['https://api.cchc.example.gov.vn']));
  });

  it('leave the CSP out of the dev server, whose React Refresh preamble is an inline script', () => {
    const devHeaders = resolvedViteConfig().server?.headers ?? {};
    expect(devHeaders).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    expect(devHeaders).not.toHaveProperty('Content-Security-Policy');
  });
});
