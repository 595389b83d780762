/**
 * A minimal, valid PDF 1.4 document with lines of text in Helvetica (WinAnsi), one page, A4.
 * Enough for `invoice_pdf` to open in any viewer; byte offsets in the xref table are exact.
 */
export function textPdf(lines: Array<{ text: string; size?: number }>): Buffer {
  const encode = (text: string) =>
    Array.from(text)
      .map((char) => (char.charCodeAt(0) <= 0xff ? char : "?"))
      .join("")
      .replace(/[\\()]/g, (char) => `\\${char}`);
  let y = 800;
  const operations = lines.map(({ text, size = 11 }) => {
    y -= size + 8;
    return `BT /F1 ${size} Tf 50 ${y} Td (${encode(text)}) Tj ET`;
  });
  const stream = operations.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
