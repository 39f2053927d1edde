import type { PageImageSource } from '@skryba/extract';
import { describe, expect, it } from 'vitest';
import { PageSourceCache } from './PageSourceCache.ts';

function countingSource() {
  const counts = { opened: 0, closed: 0 };
  const open = async (): Promise<PageImageSource> => {
    counts.opened++;
    return { prepare: async () => null, close: async () => void counts.closed++ };
  };
  return { counts, open };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PageSourceCache', () => {
  it('opens a document once for its pages and closes it when idle', async () => {
    const cache = new PageSourceCache(30);
    const { counts, open } = countingSource();
    await Promise.all(
      [0, 1, 2].map((page) => cache.use('doc', open, (source) => source.prepare(page, 'always'))),
    );
    await cache.use('doc', open, async () => undefined);
    expect(counts).toEqual({ opened: 1, closed: 0 });
    await wait(80);
    expect(counts).toEqual({ opened: 1, closed: 1 });
    await cache.use('doc', open, async () => undefined);
    expect(counts.opened).toBe(2);
    await cache.close();
    expect(counts.closed).toBe(2);
  });

  it('does not hand a source that failed to later jobs', async () => {
    const cache = new PageSourceCache(1000);
    const { counts, open } = countingSource();
    await expect(
      cache.use('doc', open, async () => {
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(counts.closed).toBe(1);
    await cache.use('doc', open, async () => undefined);
    expect(counts.opened).toBe(2);
    await cache.close();
  });
});
