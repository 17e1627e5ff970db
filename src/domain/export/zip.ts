/**
 * A ZIP archive with stored (uncompressed) entries: all an XLSX package needs,
 * without a compression library. Entry names are flagged UTF-8; timestamps
 * are fixed so the same input always gives the same bytes.
 */
import { crc32 } from './crc32';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endOfCentralDirectorySignature = 0x06054b50;
/** 2.0: the version that readers expect for a plain archive. */
const zipVersion = 20;
/** General-purpose bit 11: names are UTF-8. */
const utf8NamesFlag = 0x0800;
const storedMethod = 0;
/** MS-DOS date of 1980-01-01, the earliest a ZIP can hold. */
const dosDate = (0 << 9) | (1 << 5) | 1;
const dosTime = 0;
const maxEntries = 0xffff;
const maxSize = 0xffffffff;

const encoder = new TextEncoder();

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  bytes(data: Uint8Array): void {
    this.chunks.push(data);
    this.length += data.length;
  }

  fields(...values: Array<[value: number, size: 2 | 4]>): void {
    const size = values.reduce((total, [, width]) => total + width, 0);
    const view = new DataView(new ArrayBuffer(size));
    let offset = 0;
    for (const [value, width] of values) {
      if (width === 2) view.setUint16(offset, value, true);
      else view.setUint32(offset, value, true);
      offset += width;
    }
    this.bytes(new Uint8Array(view.buffer));
  }

  toBytes(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

export function createZip(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  if (entries.length > maxEntries) throw new Error(`Tệp ZIP không chứa được quá ${maxEntries} mục`);
  const archive = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    if (entry.data.length > maxSize) throw new Error(`Mục ${entry.name} quá lớn cho tệp ZIP không nén`);
    const name = encoder.encode(entry.name);
    const checksum = crc32(entry.data);
    const offset = archive.length;
    const common: Array<[number, 2 | 4]> = [
      [utf8NamesFlag, 2],
      [storedMethod, 2],
      [dosTime, 2],
      [dosDate, 2],
      [checksum, 4],
      [entry.data.length, 4],
      [entry.data.length, 4],
      [name.length, 2],
      [0, 2],
    ];
    archive.fields([localHeaderSignature, 4], [zipVersion, 2], ...common);
    archive.bytes(name);
    archive.bytes(entry.data);
    central.fields(
      [centralHeaderSignature, 4],
      [zipVersion, 2],
      [zipVersion, 2],
      ...common,
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [offset, 4],
    );
    central.bytes(name);
  }
  const centralOffset = archive.length;
  const centralBytes = central.toBytes();
  archive.bytes(centralBytes);
  archive.fields(
    [endOfCentralDirectorySignature, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [centralBytes.length, 4],
    [centralOffset, 4],
    [0, 2],
  );
  return archive.toBytes();
}
