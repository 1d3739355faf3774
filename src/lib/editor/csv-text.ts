// CSV as spreadsheets write and read it (RFC 4180): commas, double quotes around a cell that holds a comma, a quote or
// a line break, a quote written twice inside one. A byte-order mark (Excel's "CSV UTF-8") is read past and written
// first, so Excel opens accented names correctly.
const BOM = '\uFEFF';

const cell = (value: string) => (/[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (value += '"'), i++;
      else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(value), (value = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      (row = []), (value = '');
    } else value += c;
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  // Blank lines (a spreadsheet's trailing ones) are not records.
  return rows.filter((r) => r.some((v) => v !== ''));
}
