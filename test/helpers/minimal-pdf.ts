/**
 * A minimal, valid one-page PDF written byte by byte, for the inputs Chromium cannot print: a
 * page with a drawing and no text (a scan, as far as text goes), and a PDF protected by a
 * password (an /Encrypt dictionary whose checks the empty password does not pass).
 */
export function minimalPdf(options: { content: string; encrypted?: boolean }): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>',
    `<< /Length ${options.content.length} >>\nstream\n${options.content}\nendstream`,
  ];
  if (options.encrypted) {
    const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join('');
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(11)}> /P -44 >>`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]` : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A page that draws a grey rectangle and holds no text: what ingest sees of a scanned page. */
export const IMAGE_ONLY_PAGE = '0.5 g 72 72 451 698 re f';

/** A page with one line of text. */
export const TEXT_PAGE = 'BT /F1 12 Tf 72 720 Td (A report page with text.) Tj ET';
