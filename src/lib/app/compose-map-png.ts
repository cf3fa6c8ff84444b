import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the PNG legend says: the same classes, colours and metadata as the on-screen legend. */
export interface LegendSpec {
  title: string;
  /** short lines under the title: unit · date, units with data */
  meta: string[];
  classes: { colour: string; label: string }[];
  noData: { colour: string; label: string };
  source: string;
}

export type DrawOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
  | { kind: 'text'; x: number; y: number; text: string; font: string; fill: string };

/** Measures a text in a font, in canvas pixels (a 2D context's measureText in the app). */
export type MeasureText = (text: string, font: string) => number;

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const INK = '#1c2430';
const MUTED = '#4a5565';

/** Greedy word wrap to a width; a single word wider than the width gets a line of its own. */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The legend as drawing operations in a box whose top-left corner is (x, y); `scale` = device pixels per
 * CSS pixel, so the PNG legend reads like the screen one on any display.
 */
export function layoutLegend(spec: LegendSpec, x: number, y: number, scale: number, measure: MeasureText): { width: number; height: number; ops: DrawOp[] } {
  const px = (n: number) => n * scale;
  const pad = px(8);
  const titleFont = `600 ${px(13)}px ${FONT_FAMILY}`;
  const font = `${px(11)}px ${FONT_FAMILY}`;
  const smallFont = `${px(10)}px ${FONT_FAMILY}`;
  const line = px(15);
  const swatchW = px(20);
  const swatchH = px(11);
  const maxText = px(240);
  const texts: DrawOp[] = [];
  let cy = y + pad;
  let width = 0;
  const text = (t: string, f: string, fill: string, dx = 0) => {
    texts.push({ kind: 'text', x: x + pad + dx, y: cy + line * 0.75, text: t, font: f, fill });
    width = Math.max(width, dx + measure(t, f));
    cy += line;
  };
  for (const t of wrapText(spec.title, maxText, titleFont, measure)) text(t, titleFont, INK);
  for (const m of spec.meta) for (const t of wrapText(m, maxText, font, measure)) text(t, font, MUTED);
  cy += px(3);
  const swatches: DrawOp[] = [];
  for (const c of [...spec.classes, spec.noData]) {
    swatches.push({ kind: 'rect', x: x + pad, y: cy + (line - swatchH) / 2, w: swatchW, h: swatchH, fill: c.colour, stroke: 'rgba(0,0,0,0.25)' });
    text(c.label, font, INK, swatchW + px(6));
  }
  cy += px(3);
  for (const t of wrapText(spec.source, maxText, smallFont, measure)) text(t, smallFont, MUTED);
  const w = Math.ceil(width + 2 * pad);
  const h = Math.ceil(cy + pad - y);
  const box: DrawOp = { kind: 'rect', x, y, w, h, fill: 'rgba(255,255,255,0.94)', stroke: 'rgba(0,0,0,0.25)' };
  return { width: w, height: h, ops: [box, ...swatches, ...texts] };
}

export function paint(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[]): void {
  ctx.textBaseline = 'alphabetic';
  for (const op of ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.fill;
      ctx.fillRect(op.x, op.y, op.w, op.h);
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = 1;
        ctx.strokeRect(op.x + 0.5, op.y + 0.5, op.w - 1, op.h - 1);
      }
    } else {
      ctx.font = op.font;
      ctx.fillStyle = op.fill;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

/**
 * Copies the map's WebGL canvas right after MapLibre draws a frame. Inside the `render` event the
 * drawing buffer still holds the frame, so the map does not need `preserveDrawingBuffer` (which would
 * slow every frame down).
 */
export function captureMapCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map picture with the legend (bottom left) and the attribution (bottom right) drawn on top. */
export function composeMapImage(mapImage: HTMLCanvasElement, legend: LegendSpec, attribution: string, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = mapImage.width;
  canvas.height = mapImage.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(mapImage, 0, 0);
  const measure: MeasureText = (t, font) => {
    ctx.font = font;
    return ctx.measureText(t).width;
  };
  const margin = 10 * scale;
  // lay out once to learn the height, then again at the bottom edge
  const probe = layoutLegend(legend, 0, 0, scale, measure);
  paint(ctx, layoutLegend(legend, margin, canvas.height - probe.height - margin - 16 * scale, scale, measure).ops);
  const font = `${10 * scale}px ${FONT_FAMILY}`;
  const lines = wrapText(attribution, canvas.width * 0.6, font, measure);
  const lineH = 13 * scale;
  const w = Math.max(...lines.map((l) => measure(l, font))) + 12 * scale;
  const h = lines.length * lineH + 4 * scale;
  const ops: DrawOp[] = [{ kind: 'rect', x: canvas.width - w, y: canvas.height - h, w, h, fill: 'rgba(255,255,255,0.88)' }];
  lines.forEach((text, i) => ops.push({ kind: 'text', x: canvas.width - w + 6 * scale, y: canvas.height - h + (i + 1) * lineH - 2 * scale, text, font, fill: INK }));
  paint(ctx, ops);
  return canvas;
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** `<prefix>-<indicator>-<level>-<date>.png`; the prefix is the city's (city.json `file_prefix`) */
export function mapPngFileName(prefix: string, indicator: string, level: string, date: string): string {
  return `${prefix}-${indicator}-${level}-${date}.png`;
}
