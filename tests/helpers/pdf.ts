import { deflateSync } from 'node:zlib';

/**
 * A small one-page PDF with a line of text: tagged (a structure tree and marked content, as Word or
 * LibreOffice write when asked for a tagged PDF) or not. Written plainly, it is a valid PDF a viewer
 * opens; packed, its catalogue is in a compressed object stream as PDF 1.5 writers pack it (with a
 * plain cross-reference table, which viewers would not accept, but which is all the check reads).
 */
export function minimalPdf({ text, tagged, packed = false }: { text: string; tagged: boolean; packed?: boolean }): Buffer {
  const content = tagged ? `/P <</MCID 0>> BDC BT /F1 12 Tf 72 720 Td (${text}) Tj ET EMC` : `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const catalog = `<< /Type /Catalog /Pages 2 0 R${tagged ? ' /MarkInfo << /Marked true >> /StructTreeRoot 6 0 R' : ''} >>`;
  const objects: string[] = [
    catalog,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>${tagged ? ' /StructParents 0' : ''} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(tagged ? ['<< /Type /StructTreeRoot /K 7 0 R >>', '<< /Type /StructElem /S /P /P 6 0 R /Pg 3 0 R /K 0 >>'] : []),
  ];
  const parts: (string | Buffer)[] = ['%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'];
  const offsets: number[] = [];
  let length = Buffer.byteLength(parts[0] as string, 'latin1');
  const add = (part: string | Buffer) => {
    parts.push(part);
    length += typeof part === 'string' ? Buffer.byteLength(part, 'latin1') : part.length;
  };
  const plain = packed ? objects.map((_, index) => index).filter((index) => index === 3) : objects.map((_, index) => index);
  for (const index of plain) {
    offsets[index] = length;
    add(`${index + 1} 0 obj\n${objects[index]}\nendobj\n`);
  }
  if (packed) {
    // Every object but the page content goes into one compressed object stream.
    const inside = objects.map((_, index) => index).filter((index) => index !== 3);
    let body = '';
    const header: string[] = [];
    for (const index of inside) {
      header.push(`${index + 1} ${body.length}`);
      body += `${objects[index]}\n`;
    }
    const first = `${header.join(' ')}\n`;
    const stream = deflateSync(Buffer.from(first + body, 'latin1'));
    offsets[objects.length] = length;
    add(`${objects.length + 1} 0 obj\n<< /Type /ObjStm /N ${inside.length} /First ${first.length} /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`);
    add(stream);
    add('\nendstream\nendobj\n');
  }
  const xref = length;
  const count = objects.length + (packed ? 2 : 1);
  const rows = Array.from({ length: count - 1 }, (_, index) => (offsets[index] === undefined ? '0000000000 65535 f \n' : `${String(offsets[index]).padStart(10, '0')} 00000 n \n`));
  add(`xref\n0 ${count}\n0000000000 65535 f \n${rows.join('')}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));
}
