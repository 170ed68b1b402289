// The <citra/> markup element: a raster picture (the letterhead's logo) carried in the markup as base64:
// data="…" format="png|jpeg" width="…" height="…" (pt), optional align. Checked here, so a template mistake is a
// template error. The bytes come from the load stage (src/load/logo.ts); templates only pass them on.
import type { Align, CitraBlock } from './model.ts';
import { MarkupError, type MElement } from './markup-parse.ts';

const FORMAT = ['png', 'jpeg'];

export function citra(el: MElement): CitraBlock {
  const a = el.attrs;
  if (!FORMAT.includes(a.format ?? '')) throw new MarkupError(`format="${a.format ?? ''}" pada <citra> tidak dikenal (png, jpeg)`, 0);
  if (!a.data || !/^[A-Za-z0-9+/]+={0,2}$/.test(a.data)) throw new MarkupError('atribut data pada <citra> bukan base64 yang valid', 0);
  const [width, height] = [Number(a.width), Number(a.height)];
  if (!(width > 0 && height > 0)) throw new MarkupError('<citra> memerlukan width dan height (pt) yang lebih dari 0', 0);
  return { kind: 'citra', data: a.data, format: a.format as CitraBlock['format'], width, height, align: (a.align as Align | undefined) || undefined };
}
