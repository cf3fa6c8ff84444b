import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { startLiveMap } from './lib/app/live-map-boot.ts';
import { preloadData } from './lib/app/preload-data.ts';
import { OUTPUT_FILES } from './lib/contract.ts';

// The live map first, then the app (issue 12): the app's code, texts and data are fetched once the
// prerendered view is a live map, so they are not on its path; the data comes in beside the code.
startLiveMap()
  .catch(() => {})
  .then(() => {
    preloadData([OUTPUT_FILES.indicatorsCompact, OUTPUT_FILES.manifest]);
    return import('./start-app.ts');
  });
