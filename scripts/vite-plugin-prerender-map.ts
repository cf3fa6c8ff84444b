// Prerenders the default choropleth into index.html as an inline SVG, so the first map shows before
// any JavaScript runs (and browsers without WebGL get a map). The SVG is computed from the pipeline's
// own outputs with the app's own modules (defaultView → choroplethSvg) and handed over to the live map
// by public/prerender-map.js and src/lib/app/prerender-handoff.ts. Missing data: skipped with a warning.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { OUTPUT_FILES, type Manifest } from '../src/lib/contract.ts';
import { parseIndicatorsCsv } from '../src/lib/app/parse-indicators.ts';
import { choroplethSvg, defaultView, PRERENDER_BACKGROUND } from '../src/lib/app/prerender-svg.ts';
import { PRERENDER_ID } from '../src/lib/app/prerender-handoff.ts';
import { formatDate } from '../src/lib/app/format.ts';

/** Language of the prerendered title: the one index.html declares (the app relabels on start). */
const PRERENDER_LANG = 'en';

/**
 * Where the live map will sit before the app has measured it (then alignPrerender takes over): the
 * header's height with its controls and the side panel / bottom sheet (AppHeader.svelte, SidePanel.svelte),
 * as measured in English at 1280 × 800 and 390 × 844 (the sheet is 38 % of the space under the header).
 */
const LAYOUT_CSS = `
#${PRERENDER_ID}{position:fixed;z-index:2;left:0;top:var(--prerender-top,98px);right:min(24rem,40vw);bottom:0;background:${PRERENDER_BACKGROUND};overflow:hidden;pointer-events:none}
#${PRERENDER_ID}[hidden]{display:none}
#${PRERENDER_ID}>div{position:absolute;inset:16px}
#${PRERENDER_ID} svg{display:block;width:100%;height:100%}
#${PRERENDER_ID} path{vector-effect:non-scaling-stroke}
@media (max-width:640px){#${PRERENDER_ID}{--prerender-top:53px;right:0;bottom:calc((100vh - var(--prerender-top)) * 0.38)}}
`;

export interface PrerenderMapOptions {
  /** folder with the pipeline outputs (default: <root>/public/data) */
  dataDir?: string;
}

export function prerenderMap(options: PrerenderMapOptions = {}): Plugin {
  let dataDir = '';
  return {
    name: 'prerender-map',
    configResolved(config) {
      dataDir = options.dataDir ?? path.join(config.publicDir, 'data');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = [OUTPUT_FILES.topology, OUTPUT_FILES.manifest, OUTPUT_FILES.indicators].map((f) => path.join(dataDir, f));
        const missing = files.filter((f) => !existsSync(f));
        if (missing.length) {
          this.warn?.(`prerender-map: skipped, missing ${missing.map((f) => path.relative(process.cwd(), f)).join(', ')} (the live map still works)`);
          return html;
        }
        const [topology, manifestText, csv] = files.map((f) => readFileSync(f, 'utf8'));
        const manifest = JSON.parse(manifestText) as Manifest;
        const view = defaultView(manifest, parseIndicatorsCsv(csv));
        if (!view) {
          this.warn?.('prerender-map: skipped, no default indicator in the data');
          return html;
        }
        const messages = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../src/i18n/locales/en.json'), 'utf8')) as Record<string, string>;
        // the city's name and the page title in the prerender's language, from the data's city.json
        const cityName = manifest.city.name[PRERENDER_LANG] ?? manifest.city.name[manifest.city.languages[0]] ?? '';
        const named = (key: string) => escapeHtml(messages[key].replace('{cityName}', cityName));
        const title = `Map of ${cityName}: ${messages[`indicator.${view.entry.id}`] ?? view.entry.id}, ${formatDate(view.date, PRERENDER_LANG)}`;
        // the basemap is optional context, as in the live map
        const basemapFile = path.join(dataDir, OUTPUT_FILES.basemap);
        const basemap = existsSync(basemapFile) ? JSON.parse(readFileSync(basemapFile, 'utf8')) : null;
        const svg = choroplethSvg(JSON.parse(topology), view, title, undefined, basemap);
        const data = `data-indicator="${view.entry.id}" data-date="${view.date}" data-level="${view.level}" data-classification="${view.classification}" data-lang="${PRERENDER_LANG}" data-max-bounds="${escapeHtml(JSON.stringify(manifest.city.map_bounds))}"`;
        // right after <title>, so the fetch starts at once; fetch() in fetch-output.ts reuses the
        // preloaded response
        const head = [
          `<style>${LAYOUT_CSS}</style>`,
          // the live map needs the topology only; the app's own data is asked for with the app (src/main.ts)
          `<link rel="preload" as="fetch" crossorigin href="./data/${OUTPUT_FILES.topology}">`,
        ].join('\n    ');
        // The app's module scripts and stylesheets leave the HTML: public/prerender-map.js adds them once
        // the SVG is painted. A module script in the HTML is fetched, parsed and run before the browser's
        // first paint, and a stylesheet holds back everything after it (issue 12). In dev (vite's client
        // script and HMR) the HTML stays as it is.
        const moved = { modules: [] as string[], styles: [] as string[] };
        let page = html
          .replace(/<title>[^<]*<\/title>/, `<title>${named('app.title_short')}</title>`)
          .replace(/(<meta name="description" content=")[^"]*(")/, `$1${named('app.title')}$2`);
        if (!ctx.server) {
          page = page
            .replace(/\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_tag, src: string) => {
              moved.modules.push(src);
              return '';
            })
            .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
            .replace(/\s*<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (_tag, href: string) => {
              moved.styles.push(href);
              return '';
            });
        }
        const app = moved.modules.length ? ` data-app-modules="${moved.modules.join(' ')}" data-app-styles="${moved.styles.join(' ')}"` : '';
        const block = `<div id="${PRERENDER_ID}" hidden ${data}><div>${svg}</div></div>\n    <script src="./prerender-map.js"${app}></script>\n    `;
        return page.replace('</title>', `</title>\n    ${head}`).replace('<div id="app">', `${block}<div id="app">`);
      },
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
