// An IKU period without its decree (iku/<periode>.md): the document is built from the Renstra alone and printed as
// a draft ("Rancangan"); one warning per period, located at the Renstra's period.
import { locOf, type Content } from '../../validate/build-content.ts';
import { diag, type Diagnostic } from '../../validate/diagnostics.ts';

export const berkasKeputusan = (periode: string) => `iku/${periode}.md`;

export function periksaIku(c: Content): Diagnostic[] {
  return [...c.renstra].filter(([p]) => !c.iku.has(p)).map(([p, r]) => diag('IKU_TANPA_KEPUTUSAN', locOf(r, 'periode'),
    `IKU ${p} disusun dari Renstra ${p} saja: keputusan penetapannya (${berkasKeputusan(p)}) tidak ada, dokumen dicetak sebagai rancangan tanpa keputusan dan tanda tangan`));
}
