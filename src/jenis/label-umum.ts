// Fixed labels shared by the templates of several kinds (budget levels printed bold).
export const LABEL_UMUM = {
  tebal: { urusan: true, program: true, kegiatan: false, sub_kegiatan: false },
} as const;
