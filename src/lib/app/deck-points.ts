// The part of deck.gl the point layers use, behind one dynamic import (PointLayers.svelte).
// Named static re-exports let the bundler drop the other layers of @deck.gl/layers, which
// `import('@deck.gl/layers')` (a namespace import) keeps.
export { ScatterplotLayer } from '@deck.gl/layers';
export { MapLibreOverlay } from '@deck.gl/maplibre';
