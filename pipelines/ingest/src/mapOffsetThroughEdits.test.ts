import { describe, expect, it } from 'vitest';
import { mapOffsetThroughEdits } from './mapOffsetThroughEdits.ts';

describe('mapOffsetThroughEdits', () => {
  // "sie sg" becomes "się są": the first edit keeps its length, the second too; offsets after them stay put.
  const before = 'sie sg\n\nok';
  const after = 'się są\n\nok';
  const edits = [
    { start: 0, end: 3, before: 'sie', after: 'się', confidence: 0.9 },
    { start: 4, end: 6, before: 'sg', after: 'są', confidence: 0.9 },
  ];

  it('maps offsets before, after and inside edits', () => {
    expect(mapOffsetThroughEdits(0, edits)).toBe(0);
    expect(mapOffsetThroughEdits(before.indexOf('ok'), edits)).toBe(after.indexOf('ok'));
    expect(mapOffsetThroughEdits(before.length, edits)).toBe(after.length);
    expect(mapOffsetThroughEdits(1, edits)).toBe(0);
  });

  it('shifts by the length change of every earlier edit', () => {
    const growing = [{ start: 0, end: 4, before: 'ab', after: 'abcd', confidence: 1 }];
    expect(mapOffsetThroughEdits(2, growing)).toBe(4);
    expect(mapOffsetThroughEdits(5, growing)).toBe(7);
  });
});
