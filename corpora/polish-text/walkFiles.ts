import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` that `accept` takes, depth first, in sorted order (stable across runs). */
export function walkFiles(dir: string, accept: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walkFiles(path, accept));
    else if (accept(path)) out.push(path);
  }
  return out;
}
