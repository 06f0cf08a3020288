/**
 * Hostile .xlsx files made on the fly (never committed): a 1 MB zip whose unused part inflates to
 * about 1.1 GB, a sheet of 1,000,000 rows without `<dimension>` as streaming writers save it,
 * and 30 million shared strings in about 1 MB. The zip is written by hand so that sizes can be
 * declared honestly or falsely, and the repeated parts are built from one deflated block repeated,
 * which inflates to the same bytes over and over (the trick zip bombs use).
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'zlib';

interface Part {
  readonly name: string;
  /** Raw deflate stream. */
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

function deflatedPart(name: string, text: string): Part {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** `unit` repeated `times` times, deflated to a few bytes per repeat without ever holding the whole. */
function repeatedPart(name: string, prefix: string, unit: Buffer, times: number, suffix: string): Part {
  const head = Buffer.from(prefix, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  const block = deflateRawSync(unit, { finishFlush: constants.Z_SYNC_FLUSH });
  const flush = (b: Buffer): Buffer => deflateRawSync(b, { finishFlush: constants.Z_SYNC_FLUSH });
  const pieces = [flush(head)];
  let crc = crc32(head);
  for (let i = 0; i < times; i++) {
    pieces.push(block);
    crc = crc32(unit, crc);
  }
  pieces.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  return { name, deflated: Buffer.concat(pieces), crc, size: head.length + unit.length * times + tail.length };
}

/** A zip of the parts; `declare` may state a false inflated size for a part. */
function zip(parts: readonly Part[], declare: (part: Part) => number = (p) => p.size): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(declare(part), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(declare(part), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + part.deflated.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts every workbook needs, with one sheet whose XML is `sheet`. */
function skeleton(sheet: Part, withSharedStrings: boolean): Part[] {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    (withSharedStrings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : '') +
    '</Types>';
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Goals" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    (withSharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
    '</Relationships>';
  return [
    deflatedPart('[Content_Types].xml', types),
    deflatedPart('_rels/.rels', rels),
    deflatedPart('xl/workbook.xml', workbook),
    deflatedPart('xl/_rels/workbook.xml.rels', workbookRels),
    sheet,
  ];
}

const SMALL_SHEET = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Goal</t></is></c></row></sheetData></worksheet>`;

/**
 * About 1 MB on disk: a small valid workbook plus an unused part of `megabytes` MB of zeros.
 * With `declaredBytes`, the part claims that inflated size instead of its real one.
 */
export function zipBomb(megabytes = 1100, declaredBytes?: number): Buffer {
  const parts = skeleton(deflatedPart('xl/worksheets/sheet1.xml', SMALL_SHEET), false);
  parts.push(repeatedPart('customXml/item1.bin', '', Buffer.alloc(1024 * 1024), megabytes, ''));
  return zip(parts, (p) => (p.name === 'customXml/item1.bin' && declaredBytes !== undefined ? declaredBytes : p.size));
}

/** A sheet of `rows` rows and no `<dimension>`, deflated as a stream (about 5 MB for a million rows). */
export async function rowsWithoutDimension(rows: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((done) => deflate.on('end', done));
  let crc = 0;
  let size = 0;
  const write = (text: string): void => {
    const b = Buffer.from(text, 'utf8');
    crc = crc32(b, crc);
    size += b.length;
    deflate.write(b);
  };
  write(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`);
  for (let start = 1; start <= rows; start += 10_000) {
    let text = '';
    for (let r = start; r < Math.min(rows + 1, start + 10_000); r++)
      text += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    write(text);
  }
  write('</sheetData></worksheet>');
  deflate.end();
  await finished;
  const sheet: Part = { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat(chunks), crc, size };
  return zip(skeleton(sheet, false));
}

/** `count` shared strings "a" (`<si><t>a</t></si>`, 17 bytes each) in about a megabyte. */
export function manySharedStrings(count: number): Buffer {
  const perBlock = 65_536;
  const unit = Buffer.from('<si><t>a</t></si>'.repeat(perBlock), 'utf8');
  const strings = repeatedPart(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${count}" uniqueCount="${count}">`,
    unit,
    Math.ceil(count / perBlock),
    '</sst>',
  );
  return zip([...skeleton(deflatedPart('xl/worksheets/sheet1.xml', SMALL_SHEET), true), strings]);
}
