import type { PageImageSource } from '@skryba/extract';

interface Entry {
  source: Promise<PageImageSource>;
  users: number;
  timer: NodeJS.Timeout | null;
}

const closeEntry = (entry: Entry) => {
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  return entry.source.then((source) => source.close()).catch(() => undefined);
};

/**
 * Keeps a document open in this process while its pages are being OCR'd here, so consecutive page
 * jobs of one PDF parse it once (as the embedded path does), and closes it once no page job has used
 * it for `idleMs`.
 */
export class PageSourceCache {
  private readonly entries = new Map<string, Entry>();

  /** @param idleMs how long an unused document stays open. @defaultValue 5,000 ms */
  constructor(private readonly idleMs = 5000) {}

  async use<T>(
    key: string,
    open: () => Promise<PageImageSource>,
    work: (source: PageImageSource) => Promise<T>,
  ): Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { source: open(), users: 0, timer: null };
      this.entries.set(key, entry);
    }
    const current = entry;
    if (current.timer) clearTimeout(current.timer);
    current.timer = null;
    current.users++;
    try {
      return await work(await current.source);
    } catch (thrown) {
      // A source that failed to open or broke is not handed to later jobs; it closes with its last user.
      if (this.entries.get(key) === current) this.entries.delete(key);
      throw thrown;
    } finally {
      current.users--;
      if (current.users === 0) {
        if (this.entries.get(key) !== current) void closeEntry(current);
        else {
          current.timer = setTimeout(() => {
            if (this.entries.get(key) === current && current.users === 0) {
              this.entries.delete(key);
              void closeEntry(current);
            }
          }, this.idleMs);
          current.timer.unref();
        }
      }
    }
  }

  async close(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(entries.map(closeEntry));
  }
}
