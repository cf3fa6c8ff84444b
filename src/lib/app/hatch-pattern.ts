/** An RGBA image as MapLibre's `map.addImage` takes it. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * A square tile of diagonal hatching (lines from bottom-left to top-right) that repeats seamlessly.
 * Used for "no data" on the map, so missing values differ from every class by pattern as well as colour
 * (WCAG 1.4.1); the legend draws the same pattern with a CSS gradient (--no-data-pattern in app.css).
 * Built pixel by pixel rather than on a canvas so it works in tests and needs nothing from the network.
 */
export function hatchPattern(size: number, lineWidth: number, background: string, line: string): PatternImage {
  const data = new Uint8Array(size * size * 4);
  const [bg, fg] = [rgb(background), rgb(line)];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < lineWidth;
      const c = onLine ? fg : bg;
      data.set([c[0], c[1], c[2], 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
