// The document models of the default content (content/) for the given kinds, A4, as the PDF patch tests compare
// them: a pipeline error fails the test with its message.
import { check, models } from '../src/pipeline.ts';

export function modelKonten(jenis: string[]): Exclude<ReturnType<typeof models>, { code: string }> {
  const { content } = check('content');
  const r = models(content, { jenis, kertas: 'A4' });
  if ('code' in r) throw new Error(r.message);
  return r;
}
