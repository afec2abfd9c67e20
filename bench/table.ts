/** The benchmark's one table, and the statistics every part uses. */
export interface Row {
  measure: string;
  value: string;
  /** The floor it is compared with, measured in the same run, when there is one. */
  floor: string;
  ratio: string;
  note: string;
}

export const rows: Row[] = [];

export function record(measure: string, value: string, { floor = '', ratio = '', note = '' }: Partial<Omit<Row, 'measure' | 'value'>> = {}) {
  rows.push({ measure, value, floor, ratio, note });
  process.stderr.write(`  ${measure}: ${value}${floor ? ` (floor ${floor}, ${ratio})` : ''} ${note}\n`);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printTable(): string {
  const header: Row = { measure: 'measure', value: 'value', floor: 'floor', ratio: 'ratio', note: 'note' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((row) => row[key].length));
  return all.map((row) => `${row.measure.padEnd(width('measure'))}  ${row.value.padStart(width('value'))}  ${row.floor.padStart(width('floor'))}  ${row.ratio.padStart(width('ratio'))}  ${row.note}`).join('\n');
}
