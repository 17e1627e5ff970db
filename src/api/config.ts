import { ApiError } from './errors';

/** The build-time setting that points the app at a data server; empty or absent means the embedded mock. */
export const apiUrlSetting = 'VITE_API_URL';

/**
 * A configured address must be an absolute http(s) URL; anything else is a
 * config error shown by the app rather than requests sent to a guessed address.
 */
export function parseApiBaseUrl(rawUrl: string): string {
  let url: URL | null = null;
  try {
    url = new URL(rawUrl);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || rawUrl.trim() !== rawUrl) {
    throw new ApiError({ kind: 'config', endpoint: apiUrlSetting, details: JSON.stringify(rawUrl) });
  }
  return rawUrl.replace(/\/+$/, '');
}
