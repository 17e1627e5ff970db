import { ApiError } from './errors';

/** The build-time setting that points the app at a data server; empty or absent means the embedded mock. */
export const apiUrlSetting = 'VITE_API_URL';

/**
 * A configured address must be an absolute http(s) URL that paths can be
 * appended to: no query or fragment (a path after "?token=1" or "#v1" is no
 * path at all) and no user name or password (fetch refuses those). Anything
 * else is a config error shown by the app rather than requests sent to a
 * guessed address.
 */
export function parseApiBaseUrl(rawUrl: string): string {
  let url: URL | null = null;
  try {
    url = new URL(rawUrl);
  } catch {
    url = null;
  }
  const appendable = !rawUrl.includes('?') && !rawUrl.includes('#') && url?.username === '' && url.password === '';
  if (url === null || !appendable || (url.protocol !== 'http:' && url.protocol !== 'https:') || rawUrl.trim() !== rawUrl) {
    throw new ApiError({ kind: 'config', endpoint: apiUrlSetting, details: JSON.stringify(rawUrl) });
  }
  return rawUrl.replace(/\/+$/, '');
}
