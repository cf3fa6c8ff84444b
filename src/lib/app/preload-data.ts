import { DATA_BASE } from '../contract.ts';

/** Starts fetching data files now; fetch() of the same URL later (load-outputs.ts) takes the preloaded response. */
export function preloadData(files: readonly string[], base = DATA_BASE): void {
  for (const f of files) {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: base + f });
    document.head.append(link);
  }
}
