// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseApiBaseUrl } from '@/api/config';
import { ApiError } from '@/api/errors';

describe('parseApiBaseUrl', () => {
  it('accepts absolute http(s) URLs and drops trailing slashes', () => {
    expect(parseApiBaseUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(parseApiBaseUrl('https://cchc.example.gov.vn/api//')).toBe('https://cchc.example.gov.vn/api');
  });

  it.each([
    '/api',
    'cchc.example.gov.vn',
    'ftp://cchc.example.gov.vn',
    ' https://cchc.example.gov.vn',
    'javascript:alert(1)',
    // The app appends paths, which would land in the query or the fragment:
    'https://cchc.example.gov.vn/api?token=1',
    'https://cchc.example.gov.vn/api#v1',
    'https://cchc.example.gov.vn/api?',
    // fetch refuses a URL with credentials in it.
    'https://user:secret@cchc.example.gov.vn/api',
    'https://user@cchc.example.gov.vn/api',
  ])(
    'refuses %j with a config error',
    (raw) => {
      const thrown = (() => {
        try {
          return parseApiBaseUrl(raw);
        } catch (error) {
          return error;
        }
      })();
      expect(thrown).toBeInstanceOf(ApiError);
      expect(thrown).toMatchObject({ kind: 'config', endpoint: 'VITE_API_URL', details: JSON.stringify(raw) });
    },
  );
});
