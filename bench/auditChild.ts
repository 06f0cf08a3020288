/**
 * One measured run of the audit bench, in a process of its own (see `benchAudit` in audit.ts): the workbook file,
 * its rows and the warm-up workbook come as arguments, and the measured row goes back to the parent.
 */
import { measureOnce } from './audit';

const [file, rows, warmFile] = process.argv.slice(2);
measureOnce(file, Number(rows), warmFile).then(
  (row) => process.send?.(row),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
