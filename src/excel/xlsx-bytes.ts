// Workbook → bytes, deterministic: ExcelJS stamps each zip entry with the current time, so the entries are read
// back and zipped again in the same order with one fixed timestamp (src/backends/zip-write.ts); the directory
// entries its zip library adds are left out (an XLSX package lists only its parts).
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { zipFiles } from '../backends/zip-write.ts';

export async function bytesXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return zipFiles(Object.entries(unzipSync(raw)).filter(([name]) => !name.endsWith('/'))); // no directory entries
}
