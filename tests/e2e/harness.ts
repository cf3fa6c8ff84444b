// A small harness for end-to-end tests: the built site (dist/, made by `npm run build`) served by
// vite's preview() on a free port, driven in Debian Chromium through playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.ts';

export { CHROMIUM_ARGS };

// E2E_DIST lets several people test their own build side by side (npx vite build --outDir X).
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.resolve(import.meta.dirname, '../../dist');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Harness {
  origin: string;
  context: BrowserContext;
  /** every URL any page requested, for the "nothing leaves the origin" check */
  requests: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** the built site to serve (default DIST), e.g. a copy with rewritten data */
  dist?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dist = options.dist ?? DIST;
  if (!fs.existsSync(path.join(dist, 'index.html')) || !fs.existsSync(path.join(dist, 'data/manifest.json'))) {
    throw new Error('dist/ with data is missing: run `npm run build` first');
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: path.resolve(import.meta.dirname, '../..'),
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const origin = `http://127.0.0.1:${port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    origin,
    context,
    requests,
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Polls a page function until it returns a truthy value. page.waitForFunction would need 'unsafe-eval',
 * which the app's Content-Security-Policy forbids; page.evaluate runs through the DevTools protocol.
 */
export async function waitUntil<T>(page: Page, fn: () => T, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await page.evaluate(fn);
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`waitUntil timed out: ${fn.toString()}`);
    await page.waitForTimeout(100);
  }
}

export async function openApp(h: Harness, query = ''): Promise<Page> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.origin}/${query}`);
  await waitUntil(page, () => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

/** Number of distinct colours in a PNG, counted in the page (a 2-D canvas decodes the image). */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (dataUrl) => {
    const img = new Image();
    img.src = dataUrl;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return colours.size;
  }, `data:image/png;base64,${png.toString('base64')}`);
}

/** The value rows of one indicator for one unit from the built data, latest date last. */
export function dataRows(indicator: string, level: string, code: string): { ref_date: string; value: number }[] {
  const text = fs.readFileSync(path.join(DIST, 'data/indicators.csv'), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((c) => c[0] === level && c[1] === code && c[2] === indicator && c[4] !== '')
    .map((c) => ({ ref_date: c[3], value: Number(c[4]) }))
    .sort((a, b) => a.ref_date.localeCompare(b.ref_date));
}
