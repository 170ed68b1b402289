// pdfmake lays out a block kept together (a table row, an unbreakable stack) aside, then places it on the page with
// ElementWriter.addFragment, which copies every line (Line.clone) and vector (pack) of it, moves the copy by the
// position and pushes a new page item: ~40 MB of copies per default build, nearly all thrown away with the block.
// Only a table's header rows are placed again (on every page the table continues on: currentBlockToRepeatable
// shares the items of the block that holds them). Patch: a block none of whose items is held by a repeatable places
// its own lines and vectors, moved in place, and its own page items; other item kinds are copied as before, and a
// block with shared items goes pdfmake's way. Same values, same order, same page items: the block is used no more.
import { createRequire } from 'node:module';
import { pdfmakeClass } from './pdfmake-class.ts';

const require = createRequire(import.meta.url);
interface Item { type: string; item: Record<string, any> }
interface Block { items: Item[]; height: number; xOffset?: number; yOffset?: number }
interface Ctx { x: number; y: number; page: number; availableHeight: number; backgroundLength: number[]; getCurrentPage(): { items: Item[] }; moveDown(h: number): void }
type AddFragment = (this: { context(): Ctx }, block: Block, useX?: boolean, useY?: boolean, dontMove?: boolean) => boolean;

let original: AddFragment | undefined;
/** pdfmake's own addFragment, once the patch is applied (for tests). */
export const pdfmakeAddFragment = () => original;
/** The page items a repeatable holds: their blocks are copied (for tests). */
export const shared = new WeakSet<Item>();

/** Run once, by the PDF backend's setup, before pdf-first-page.ts wraps addFragment. */
export function applyPlacePatch(): void {
  const ElementWriter = pdfmakeClass('ElementWriter');
  const PageElementWriter = pdfmakeClass('PageElementWriter');
  const { offsetVector } = require('pdfmake/js/helpers/tools.js') as { offsetVector(v: object, x: number, y: number): void };
  const add = (original = ElementWriter.prototype.addFragment as AddFragment);
  const toRepeatable = PageElementWriter.prototype.currentBlockToRepeatable as (this: unknown) => { items: Item[] };
  const src = `${add}|${toRepeatable}`.replace(/\s+/g, ' ');
  for (const want of ['if (!useBlockXOffset && block.height > ctx.availableHeight) { return false; } block.items.forEach(item => { switch (item.type) {',
    "case 'line': var l = item.item.clone(); if (l._node) { l._node.positions[0].pageNumber = ctx.page + 1; } l.x = (l.x || 0) + (useBlockXOffset ? block.xOffset || 0 : ctx.x); l.y = (l.y || 0) + (useBlockYOffset ? block.yOffset || 0 : ctx.y); page.items.push({ type: 'line', item: l }); break;",
    "case 'vector': var v = (0, _tools.pack)(item.item); (0, _tools.offsetVector)(v, useBlockXOffset ? block.xOffset || 0 : ctx.x, useBlockYOffset ? block.yOffset || 0 : ctx.y); if (v._isFillColorFromUnbreakable) {",
    "delete v._isFillColorFromUnbreakable; const endOfBackgroundItemsIndex = ctx.backgroundLength[ctx.page]; page.items.splice(endOfBackgroundItemsIndex, 0, { type: 'vector', item: v }); } else { page.items.push({ type: 'vector', item: v }); } break;",
    "case 'image': case 'svg': case 'beginClip': case 'endClip': case 'beginVerticalAlignment': case 'endVerticalAlignment': var img",
    '} }); if (!dontUpdateContextPosition) { ctx.moveDown(block.height); } return true; }', 'unbreakableContext.pages[0].items.forEach(item => { rep.items.push(item); });']) {
    if (!src.includes(want)) throw new Error(`pdfmake changed: ElementWriter.addFragment no longer as pdf-place.ts places it (${want.slice(0, 50)}…)`);
  }
  PageElementWriter.prototype.currentBlockToRepeatable = function (this: unknown) {
    const rep = toRepeatable.call(this);
    for (const i of rep.items) shared.add(i);
    return rep;
  };
  const place: AddFragment = function (block, useBlockXOffset, useBlockYOffset, dontUpdateContextPosition) {
    const items = block.items;
    for (let i = 0; i < items.length; i++) {
      const t = items[i].type;
      if (shared.has(items[i]) || (t !== 'line' && t !== 'vector')) return add.call(this, block, useBlockXOffset, useBlockYOffset, dontUpdateContextPosition);
    }
    const ctx = this.context();
    const page = ctx.getCurrentPage();
    if (!useBlockXOffset && block.height > ctx.availableHeight) return false;
    const dx = useBlockXOffset ? block.xOffset || 0 : ctx.x;
    const dy = useBlockYOffset ? block.yOffset || 0 : ctx.y;
    for (const item of items) {
      const it = item.item;
      if (item.type === 'line') {
        if (it._node) it._node.positions[0].pageNumber = ctx.page + 1;
        it.x = (it.x || 0) + dx;
        it.y = (it.y || 0) + dy;
        page.items.push(item);
      } else {
        offsetVector(it, dx, dy);
        if (it._isFillColorFromUnbreakable) {
          delete it._isFillColorFromUnbreakable;
          page.items.splice(ctx.backgroundLength[ctx.page], 0, item);
        } else page.items.push(item);
      }
    }
    if (!dontUpdateContextPosition) ctx.moveDown(block.height);
    return true;
  };
  ElementWriter.prototype.addFragment = place;
}
