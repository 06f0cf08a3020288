/** Escaping for the report: every piece of workbook text goes through these, never raw. */

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Shortens long text for a fixed-width box (whole words where possible). */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Fill and text colours per status, readable in print and for colour-blind readers (the word is always shown too). */
export const STATUS_COLOURS: Readonly<Record<string, { readonly fill: string; readonly text: string }>> = {
  Achieved: { fill: '#d7eedb', text: '#0b5a1e' },
  'On track': { fill: '#e3f2e6', text: '#1d6b32' },
  'At risk': { fill: '#fdf0cc', text: '#7a5200' },
  'Off track': { fill: '#fbdcd9', text: '#9b1c12' },
  Missed: { fill: '#f4c7c3', text: '#7a0d05' },
  'Not started': { fill: '#ececec', text: '#444444' },
  'No data': { fill: '#f4f4f4', text: '#555555' },
};

export const statusColour = (status: string | null): { readonly fill: string; readonly text: string } =>
  STATUS_COLOURS[status ?? 'No data'] ?? STATUS_COLOURS['No data'];
