// The same chart layout rasterised to PNG for DOCX (Word shows images everywhere; deterministic bytes): painted and
// encoded as a drawing (gambar-png.ts, an indexed-colour PNG), 3× smaller and faster than the canvas's RGBA PNG.
import { layoutChart, type ChartSpec } from '../render/chart.ts';
import { gambarPng } from './gambar-png.ts';

export const chartPng = (c: ChartSpec): Uint8Array => gambarPng({ width: c.width, height: c.height, ops: layoutChart(c) });
