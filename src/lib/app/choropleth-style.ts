/** Fill opacity of the choropleth, on the live map (ChoroplethLayer.svelte, live-map-boot.ts) and in the prerendered SVG. */
export const CHOROPLETH_FILL_OPACITY = 0.82;
