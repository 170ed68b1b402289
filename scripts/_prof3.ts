import { build } from '../src/pipeline.ts';
const o = { konten: 'content', keluaran: '/tmp/prof-o', jenis: ['pk', 'lkip', 'renstra', 'iku', 'pedoman', 'pengukuran'], format: ['pdf', 'docx'] as ('pdf'|'docx')[], kertas: 'A4' as const };
await build(o);
const t0 = performance.now(); await build(o); console.log('warm build', (performance.now() - t0).toFixed(0));
