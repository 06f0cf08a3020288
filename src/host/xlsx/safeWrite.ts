/**
 * The one way the CLI writes an output file (Node only). The bytes go to a temporary file in the
 * output's own folder, are flushed to disk, and the temporary file is renamed over the output: a
 * full disk, a crash or a kill leaves the earlier output byte-for-byte as it was, and two runs to
 * one output leave one whole file (the last rename wins), never a mix.
 */
import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs, unlinkSync, type Stats } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import type { Writable } from 'stream';
import { WorkbookError } from '../errors';

/** What to write: bytes, text (UTF-8), or a function that writes into a stream and resolves when done. */
export type OutputContent = Uint8Array | string | ((out: Writable) => Promise<void>);

export interface SafeWriteOptions {
  /** The file the command read: never overwritten, whatever path leads to it. */
  readonly inputPath?: string;
}

const TEMP_SUFFIX = '.rudder.tmp';

function writeFailed(message: string): WorkbookError {
  return new WorkbookError(message, 'write-failed');
}

async function statOrNull(path: string, follow = true): Promise<Stats | null> {
  try {
    return follow ? await fs.stat(path) : await fs.lstat(path);
  } catch {
    return null;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([statOrNull(a), statOrNull(b)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Refuses, before any work, an output path that leads to the input file (same path, link or hard link). */
export async function refuseInputAsOutput(inputPath: string, outPath: string): Promise<void> {
  if (await sameFile(inputPath, outPath))
    throw writeFailed(
      `Refusing to overwrite ${inputPath}: Rudder never modifies the file it reads. Give another output path.`,
    );
}

function reasonOf(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space and try again';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `you cannot write in the folder ${folder}. Choose another folder with -o`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder ${folder} does not exist. Create it first or choose another folder with -o`;
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * The path the bytes finally go to: a symbolic link is followed so the link stays a link and the
 * file it points to is replaced; anything but a regular file (a folder, a device, a pipe) is refused.
 */
async function finalTarget(outPath: string): Promise<string> {
  const link = await statOrNull(outPath, false);
  if (link === null) return resolve(outPath);
  const target = link.isSymbolicLink() ? await fs.realpath(outPath).catch(() => null) : resolve(outPath);
  // A dangling link: its target does not exist yet and is created where the link points.
  if (target === null) return resolve(dirname(outPath), await fs.readlink(outPath));
  const stat = await statOrNull(target);
  if (stat === null || stat.isFile()) return target;
  const what = stat.isDirectory() ? 'a folder' : 'a device or special file, not a regular file';
  throw writeFailed(`Could not write ${outPath}: it is ${what}. Give a file name with -o, e.g. -o copy.xlsx.`);
}

// Temporary files being written now, removed if the process is interrupted (SIGINT, SIGTERM).
const activeTemps = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeActiveTemps(): void {
  for (const temp of activeTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or removed
    }
  }
  activeTemps.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeActiveTemps();
  stopWatchingSignals();
  // The default action (end the process with the signal's code) once the temporary files are gone.
  process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (activeTemps.size > 0) return;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeActiveTemps);
}

function stopWatchingSignals(): void {
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener('exit', removeActiveTemps);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files a killed run (SIGKILL, power loss) left for this output. */
async function sweepStaleTemps(folder: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(entry.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid))
      await fs.rm(join(folder, entry), { force: true });
  }
}

async function writeContent(temp: string, content: OutputContent, mode: number): Promise<void> {
  const handle = await fs.open(temp, 'wx', mode);
  try {
    if (typeof content === 'function') {
      const stream = handle.createWriteStream({ autoClose: false });
      await content(stream);
      await new Promise<void>((done, fail) => {
        stream.once('error', fail);
        stream.end(done);
      });
    } else {
      await handle.writeFile(content);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Checks, before any long work, that `outPath` can be written: not the input, not a folder or a
 * device, in a folder that exists and is writable. Resolves to the file the bytes will replace.
 */
export async function checkOutputPath(outPath: string, inputPath?: string): Promise<string> {
  if (inputPath !== undefined) await refuseInputAsOutput(inputPath, outPath);
  const target = await finalTarget(outPath);
  const folder = dirname(target);
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(folder, fsConstants.W_OK);
  } catch (error) {
    throw writeFailed(`Could not write ${outPath}: ${reasonOf(error, folder)}.`);
  }
  return target;
}

/**
 * Writes `content` to `outPath` whole or not at all. Refuses the input file, folders and devices;
 * throws `WorkbookError('write-failed')` with one plain sentence when the output cannot be written.
 */
export async function writeOutputFile(
  outPath: string,
  content: OutputContent,
  options: SafeWriteOptions = {},
): Promise<void> {
  const target = await checkOutputPath(outPath, options.inputPath);
  const folder = dirname(target);
  const name = basename(target);
  await sweepStaleTemps(folder, name);
  const existing = await statOrNull(target);
  const temp = join(folder, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  watchSignals();
  activeTemps.add(temp);
  try {
    await writeContent(temp, content, existing ? existing.mode & 0o777 : 0o666);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof WorkbookError) throw error;
    throw writeFailed(`Could not write ${outPath}: ${reasonOf(error, folder)}.`);
  } finally {
    activeTemps.delete(temp);
    if (activeTemps.size === 0) stopWatchingSignals();
  }
}
