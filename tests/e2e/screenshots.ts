/**
 * Screenshots of the production build for review and for the README:
 *   npm run build && node --import tsx tests/e2e/screenshots.ts
 * writes .tmp/screenshots/*.png and docs/screenshot-overview.png.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from './support/browser';
import { distDir, repoRoot } from './support/builds';
import { inPage, waitForSettled } from './support/journey';
import { startStaticServer } from './support/staticServer';

const outDir = path.join(repoRoot, '.tmp', 'screenshots');
const shots = [
  { name: 'overview', path: '/', fullPage: true },
  { name: 'overview-2017-Q1', path: '/?period=2017-Q1', fullPage: true },
  { name: 'overview-2020-H1-en', path: '/?period=2020-H1', fullPage: true, english: true },
  { name: 'data', path: '/data?period=2022', fullPage: true },
  { name: 'not-found', path: '/khong-co', fullPage: false },
  { name: 'overview-mobile', path: '/', fullPage: true, mobile: true },
];

await mkdir(outDir, { recursive: true });
const server = await startStaticServer({ root: distDir });
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    await inPage(
      browser,
      async (page) => {
        if (shot.english) {
          await page.goto(server.url);
          await page.evaluate(() => localStorage.setItem('cchc.lang', 'en'));
        }
        await page.goto(`${server.url}${shot.path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await waitForSettled(page);
        const file = path.join(outDir, `${shot.name}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage });
        console.log(`wrote ${path.relative(repoRoot, file)}`);
      },
      shot.mobile ? { viewport: { width: 390, height: 844 } } : { viewport: { width: 1280, height: 900 } },
    );
  }
  await mkdir(path.join(repoRoot, 'docs'), { recursive: true });
  await copyFile(path.join(outDir, 'overview.png'), path.join(repoRoot, 'docs', 'screenshot-overview.png'));
  console.log('wrote docs/screenshot-overview.png');
} finally {
  await browser.close();
  await server.close();
}
