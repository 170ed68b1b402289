// Workbook → bytes, deterministic: ExcelJS stamps each zip entry with the current time, so the entries are read
// back and zipped again in the same order with one fixed timestamp (src/backends/zip-write.ts).
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { zipFiles } from '../backends/zip-write.ts';

export async function bytesXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return zipFiles(Object.entries(unzipSync(raw)));
}
