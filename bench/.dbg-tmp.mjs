import { chromium } from 'playwright-core';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbg-'));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage','--use-angle=swiftshader','--enable-unsafe-swiftshader'], ...(process.env.DESK ? { viewport: { width: 1280, height: 800 } } : { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }) });
const p = await ctx.newPage();
p.on('console', m => console.log('console', m.type(), m.text().slice(0,300)));
p.on('crash', () => console.log('CRASH'));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto((process.env.ORIGIN ?? 'http://127.0.0.1:4917/') + process.argv[2]);
for (let i = 0; i < 6; i++) { await p.waitForTimeout(1000); const t0 = Date.now(); const r = await p.evaluate(() => [window.__mapReady, !!document.querySelector('[data-testid="profile"]'), document.querySelector('#profile-title')?.textContent]); console.log(i, Date.now()-t0, r); }
await ctx.close();
