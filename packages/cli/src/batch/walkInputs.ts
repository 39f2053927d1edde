import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode } from '@skryba/schema';

export type InputEntry =
  | { status: 'file'; path: string }
  | {
      status: 'rejected';
      path: string;
      code: Extract<ErrorCode, 'E_PATH_REJECTED' | 'E_READ_FAILED'>;
      message: string;
    };

const isInside = (child: string, root: string) => child === root || child.startsWith(root + path.sep);

/**
 * Every input file under the given paths, in a stable order (sorted names, depth first). Paths named
 * on the command line are taken as given; inside a folder, a symlink that leads out of the folder is
 * rejected (an archive folder must not pull in `/etc/passwd`), loops are cut, and the output folder
 * is skipped so a batch never ingests its own records.
 */
export async function* walkInputs(
  paths: string[],
  options: { exclude?: string } = {},
): AsyncGenerator<InputEntry> {
  const excluded = options.exclude ? path.resolve(options.exclude) : null;
  for (const given of paths) {
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      yield {
        status: 'rejected',
        path: given,
        code: 'E_READ_FAILED',
        message: `Cannot open ${given}: ${info.code ?? info.message}.`,
      };
      continue;
    }
    if (!info.isDirectory()) {
      yield { status: 'file', path: given };
      continue;
    }
    const root = await realpath(given);
    yield* walkFolder(given, root, new Set([root]), excluded);
  }
}

async function* walkFolder(
  folder: string,
  root: string,
  visited: Set<string>,
  excluded: string | null,
): AsyncGenerator<InputEntry> {
  const names = (await readdir(folder).catch(() => [] as string[])).sort();
  for (const name of names) {
    const entryPath = path.join(folder, name);
    if (excluded && path.resolve(entryPath) === excluded) continue;
    const link = await lstat(entryPath).catch(() => null);
    if (!link) continue;
    let target = entryPath;
    if (link.isSymbolicLink()) {
      const resolved = await realpath(entryPath).catch(() => null);
      if (!resolved) {
        yield {
          status: 'rejected',
          path: entryPath,
          code: 'E_READ_FAILED',
          message: 'The symbolic link is broken.',
        };
        continue;
      }
      if (!isInside(resolved, root)) {
        yield {
          status: 'rejected',
          path: entryPath,
          code: 'E_PATH_REJECTED',
          message: 'The symbolic link points outside the input folder; it was not followed.',
        };
        continue;
      }
      target = resolved;
    }
    const info = await stat(target).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      const real = await realpath(target);
      if (visited.has(real) || (excluded && real === excluded)) continue;
      visited.add(real);
      yield* walkFolder(entryPath, root, visited, excluded);
    } else {
      yield { status: 'file', path: entryPath };
    }
  }
}
