// The same chart layout rasterised to PNG for DOCX (Word shows images everywhere; deterministic bytes).
import { layoutChart, type ChartSpec } from '../render/chart.ts';
import { lukis } from './kanvas.ts';

export const chartPng = (c: ChartSpec): Uint8Array => new Uint8Array(lukis(c.width, c.height, layoutChart(c), 2).toBuffer('image/png'));
