import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { startLiveMap } from './lib/app/live-map-boot.ts';

// The live map first, then the app (issue 12): the app's code and texts are fetched once the
// prerendered view is a live map, so they are not on its path.
startLiveMap()
  .catch(() => {})
  .then(() => import('./start-app.ts'));
