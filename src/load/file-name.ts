// Names of content files and folders: what makes one unsafe or misleading, as a table of rules.

const RULES: [RegExp, string][] = [
  [/\\/, 'memuat garis miring terbalik "\\"'],
  [/\.\./, 'memuat ".."'],
  [/\p{Cc}/u, 'memuat karakter kendali'],
  [/\uFFFD/, 'bukan nama UTF-8 yang sah (disimpan dengan enkoding lain)'],
  [/[\p{Cf}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u115F\u1160\u3164\uFFA0]/u, 'memuat karakter tak terlihat (mis. spasi lebar nol)'],
  [/^\s|\s$/u, 'diawali atau diakhiri spasi'],
  [/[<>:"|?*]/, 'memuat karakter yang tidak boleh dipakai di Windows (< > : " | ? *)'],
];

export const visible = (name: string) => [...name].map((ch) => (/[\p{Cc}\p{Cf}\p{Z}]/u.test(ch) && ch !== ' ' ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : ch)).join('');

/** Why a file or folder name is not accepted, or undefined when it is. */
export function badName(name: string): string | undefined {
  const hit = RULES.find(([re]) => re.test(name));
  return hit && `nama "${visible(name)}" ${hit[1]}`;
}
