// One-off diagnostic: `tsx bench/trace.ts [ours|baseline]` records a Chrome trace of one cold load
// (until __mapReady) and prints where time goes per thread. Serves bench/out/ours-dist or
// bench/out/baseline-dist (run `npm run bench` once first). Trace JSON: bench/out/trace-<page>.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/server.ts';
import { openSession } from './lib/browser.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2] === 'baseline' ? 'baseline' : 'ours';
const dir = path.join(ROOT, 'bench/out', which === 'ours' ? 'ours-dist' : 'baseline-dist');

interface Ev { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: any }

async function main() {
  const server = await startStaticServer(dir);
  const s = await openSession();
  try {
    const cdp = (await s.context.newCDPSession(s.page)) as any;
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (d: { value: Ev[] }) => events.push(...d.value));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'gpu', 'toplevel', 'blink.user_timing', '__metadata'] },
      transferMode: 'ReportEvents',
    } as any);
    await s.page.goto(server.url);
    await s.page.waitForFunction(() => (window as any).__mapReady === true, null, { timeout: 60000, polling: 50 });
    const markTs = await s.page.evaluate(() => performance.getEntriesByName('choropleth-painted')[0]?.startTime ?? null);
    await cdp.send('Tracing.end');
    await done;
    await writeFile(path.join(ROOT, `bench/out/trace-${which}.json`), JSON.stringify({ traceEvents: events }));
    const threadName = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name);
    const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody');
    const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
    const tEnd = markTs != null ? t0 + markTs * 1000 : Infinity;
    // top-level complete events per thread, clipped to [t0, mark]
    const per = new Map<string, Map<string, number>>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || e.ts < t0 || e.ts > tEnd) continue;
      if (!['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) && !/FunctionCall|EvaluateScript|v8.compile|v8.parseOnBackground|ParseHTML|Layout|Paint|GPUTask|CommandBuffer|WebGL|v8.run|GCEvent|MajorGC|MinorGC|V8.GC|EventDispatch|TimerFire|FireAnimationFrame|v8.compileModule|v8.evaluateModule|ScriptCompile|CompileScript/i.test(e.name)) continue;
      const th = threadName.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
      const m = per.get(th) ?? new Map();
      m.set(e.name, (m.get(e.name) ?? 0) + e.dur / 1000);
      per.set(th, m);
    }
    console.log(`${which}: mark at ${markTs?.toFixed(0)} ms; busy time per thread up to the mark (ms; nested events overlap):`);
    const rows = [...per].map(([th, m]) => [th, m, m.get('ThreadControllerImpl::RunTask') ?? m.get('RunTask') ?? 0] as const).sort((a, b) => b[2] - a[2]);
    for (const [th, m] of rows.slice(0, 10)) {
      const top = [...m].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ');
      console.log(`  ${th}: ${top}`);
    }
  } finally {
    await s.close();
    await server.close();
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
