/** Hands bytes to the browser as a file download (a Blob URL on a temporary link). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const HTML_TYPE = 'text/html;charset=utf-8';

export function downloadBlob(content: Uint8Array | string, fileName: string, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : content.slice();
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
