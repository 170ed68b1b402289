// NIP: 18 digits "yyyymmdd yyyymm g nnn" -> "19751001 199612 1 001".

export function nip(value: string): string {
  const d = value.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(d)) return value;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}
