import { chromium } from 'playwright-core';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbg-'));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--use-angle=swiftshader','--enable-unsafe-swiftshader'], viewport: { width: 1280, height: 800 } });
const p = await ctx.newPage();
p.on('crash', () => console.log('CRASH'));
p.on('close', () => console.log('CLOSE'));
p.on('console', m => console.log('console', m.type(), m.text().slice(0,200)));
ctx.on('request', r => console.log('req', r.url().slice(0,120)));
await p.goto(process.env.ORIGIN + process.argv[2]);
for (let i = 0; i < 60; i++) { await p.waitForTimeout(150); try { console.log(i, await p.evaluate(() => [window.__mapReady, document.querySelector('[data-testid="profile"]')?.textContent?.length, document.querySelectorAll('*').length])); } catch (e) { console.log('ERR', e.message.slice(0, 80)); break; } }
await ctx.close();
