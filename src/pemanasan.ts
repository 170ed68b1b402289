// Warm-up of the CLI's preloading worker (issue 15). With a core to spare, a paragraph rebuild's wall time is the
// main thread's check and templates, then the worker's PDF of the changed document, whose first render in a fresh
// thread also opens the fonts and runs the layout code for the first time. The worker (src/pekerja-render.ts),
// idle between loading the backend and the model's arrival, lays out this one-page document meanwhile and drops it:
// the real render starts on open fonts and warm code. Asked for by environment data (src/cli/pramuat-awal.ts).
// Output unchanged: the backends render document after document in one thread anyway (a full build, --pekerja).
import type { Block, DocModel, Inline } from './render/model.ts';

/** Key of the worker_threads environment data asking the preloading worker for the warm-up. */
export const DATA_PEMANASAN = 'sakip-pemanasan';

const t = (text: string, gaya: { bold?: boolean; italics?: boolean; underline?: boolean } = {}): Inline => ({ kind: 'text', text, ...gaya });
const p = (runs: Inline[], align: 'left' | 'center' | 'right' | 'justify' = 'justify'): Block => ({ kind: 'p', runs, align });
const sel = (teks: string, bold = false) => ({ blocks: [p([t(teks, { bold })], 'left')] });

/** One page with what a PK holds: headings, justified text in the four faces, an ordered list, a bordered table
 *  with a header row and spanned cell, an unbordered signature table, the page field, a QR code. Placeholder text
 *  only: no figure of any agency. */
export const MODEL_PEMANASAN: DocModel = {
  title: 'Pemanasan',
  fontSize: 12,
  sections: [{
    page: 'A4', orientation: 'portrait', margins: [72, 56, 56, 56], pageNumbers: 'decimal',
    header: [],
    footer: [p([t('Halaman '), { kind: 'field', field: 'page' }, t(' dari '), { kind: 'field', field: 'pages' }], 'center')],
    blocks: [
      { kind: 'heading', level: 1, align: 'center', runs: [t('PERJANJIAN KINERJA')] },
      p([t('Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, '), t('pihak pertama', { bold: true }),
        t(' dan '), t('pihak kedua', { italics: true }), t(' sepakat; '), t('sasaran', { bold: true, italics: true }), t(' dan '), t('indikator', { underline: true }), t('.')]),
      { kind: 'list', ordered: true, items: [[p([t('Pertama: target kinerja tahunan.')])], [p([t('Kedua: evaluasi triwulan.')])]] },
      { kind: 'heading', level: 2, runs: [t('Lampiran')] },
      { kind: 'table', widths: [24, '*', 60, 70], headerRows: 1, borders: true, size: 10, rows: [
        { header: true, cells: [sel('No', true), sel('Indikator Kinerja', true), sel('Satuan', true), sel('Target', true)] },
        { cells: [sel('1'), sel('Persentase capaian sasaran (%)'), sel('%'), { blocks: [p([t('0,00')], 'right')], align: 'right' }] },
        { cells: [{ ...sel('Jumlah anggaran'), colSpan: 3 }, { blocks: [p([t('Rp 0')], 'right')] }] },
      ] },
      { kind: 'spacer', height: 12 },
      { kind: 'table', widths: ['*', '*'], headerRows: 0, borders: false, signature: true, rows: [
        { cells: [{ blocks: [p([t('PIHAK KEDUA', { bold: true })], 'center')] }, { blocks: [p([t('PIHAK PERTAMA', { bold: true })], 'center')] }] },
        { cells: [{ blocks: [p([t('NAMA', { bold: true, underline: true }), { kind: 'br' }, t('NIP. -')], 'center')] }, { blocks: [p([t('NAMA', { bold: true, underline: true }), { kind: 'br' }, t('NIP. -')], 'center')] }] },
      ] },
      { kind: 'qr', data: 'PEMANASAN', size: 48 },
    ],
  }],
};
