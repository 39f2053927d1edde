/**
 * `pnpm bench <name> [args...]`: runs one benchmark. Each entry loads its module lazily, so a
 * benchmark's memory figures are not inflated by the others.
 */
const benches: Record<string, () => Promise<(args: string[]) => unknown>> = {
  extract: async () => (await import('./extract.ts')).benchExtract,
  repair: async () => (await import('./repair.ts')).benchRepair,
  lexicon: async () => (await import('./lexicon.ts')).benchLexicon,
  entities: async () => (await import('./entities.ts')).benchEntities,
  queue: async () => (await import('./queue.ts')).benchQueue,
};

const [name, ...args] = process.argv.slice(2);
const load = name ? benches[name] : undefined;
if (!load) {
  console.error(`usage: pnpm bench <${Object.keys(benches).join('|')}> [args...]`);
  process.exit(2);
}
await (await load())(args);
