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
 * header's height with its controls and the side panel / bottom sheet (AppHeader.svelte, SidePanel.svelte).
 */
const LAYOUT_CSS = `
#${PRERENDER_ID}{position:fixed;z-index:2;left:0;top:var(--prerender-top,141px);right:min(24rem,40vw);bottom:0;background:${PRERENDER_BACKGROUND};overflow:hidden;pointer-events:none}
#${PRERENDER_ID}[hidden]{display:none}
#${PRERENDER_ID}>div{position:absolute;inset:16px}
#${PRERENDER_ID} svg{display:block;width:100%;height:100%}
#${PRERENDER_ID} path{vector-effect:non-scaling-stroke}
@media (max-width:640px){#${PRERENDER_ID}{--prerender-top:228px;right:0;bottom:calc((100vh - var(--prerender-top)) * 0.42)}}
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
      handler(html) {
        const files = [OUTPUT_FILES.topology, OUTPUT_FILES.manifest, OUTPUT_FILES.indicators].map((f) => path.join(dataDir, f));
        const missing = files.filter((f) => !existsSync(f));
        if (missing.length) {
          this.warn?.(`prerender-map: skipped, missing ${missing.map((f) => path.relative(process.cwd(), f)).join(', ')} (the live map still works)`);
          return html;
        }
        const [topology, manifest, csv] = files.map((f) => readFileSync(f, 'utf8'));
        const view = defaultView(JSON.parse(manifest) as Manifest, parseIndicatorsCsv(csv));
        if (!view) {
          this.warn?.('prerender-map: skipped, no default indicator in the data');
          return html;
        }
        const messages = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../src/i18n/locales/en.json'), 'utf8')) as Record<string, string>;
        const title = `Map of Prague: ${messages[`indicator.${view.entry.id}`] ?? view.entry.id}, ${formatDate(view.date, PRERENDER_LANG)}`;
        // the basemap is optional context, as in the live map
        const basemapFile = path.join(dataDir, OUTPUT_FILES.basemap);
        const basemap = existsSync(basemapFile) ? JSON.parse(readFileSync(basemapFile, 'utf8')) : null;
        const svg = choroplethSvg(JSON.parse(topology), view, title, undefined, basemap);
        const data = `data-indicator="${view.entry.id}" data-date="${view.date}" data-level="${view.level}" data-classification="${view.classification}" data-lang="${PRERENDER_LANG}"`;
        const block = `<div id="${PRERENDER_ID}" hidden ${data}><div>${svg}</div></div>\n    <script src="./prerender-map.js"></script>\n    `;
        // right after <title>, so the data fetches start before the stylesheet and the app bundle load;
        // fetch() in load-outputs.ts reuses the preloaded responses
        const head = [
          `<style>${LAYOUT_CSS}</style>`,
          ...[OUTPUT_FILES.topology, existsSync(path.join(dataDir, OUTPUT_FILES.indicatorsCompact)) ? OUTPUT_FILES.indicatorsCompact : OUTPUT_FILES.indicators, OUTPUT_FILES.manifest].map((f) => `<link rel="preload" as="fetch" crossorigin href="./data/${f}">`),
        ].join('\n    ');
        // the app's stylesheet moves below the SVG: in <head> it would hold back the SVG's first paint and
        // the script that shows it (scripts wait for pending stylesheets); the app draws only after it anyway
        const stylesheets: string[] = [];
        const withoutStylesheets = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (tag) => {
          stylesheets.push(tag.trim());
          return '';
        });
        return withoutStylesheets
          .replace('</title>', `</title>\n    ${head}`)
          .replace('<div id="app">', `${block}${stylesheets.map((t) => `${t}\n    `).join('')}<div id="app">`);
      },
    },
  };
}
