import { describe, expect, it } from 'vitest';
import { cellAt, cellNextTo } from './cellAt.ts';

describe('cellAt', () => {
  const text = ['Prezes Zarządu          Zastępca Prezesa', '', 'Bogdan Mrozek           Irena Gajda'].join(
    '\n',
  );

  it('splits a line at wide gaps and keeps offsets into the text', () => {
    const right = cellAt(text, text.indexOf('Gajda'));
    expect(text.slice(right.start, right.end)).toBe('Irena Gajda');
    expect(right.column).toBe(24);
    const left = cellAt(text, text.indexOf('Mrozek'));
    expect(text.slice(left.start, left.end)).toBe('Bogdan Mrozek');
  });

  it('finds the cell above in the same column, over a blank line only when asked', () => {
    const right = cellAt(text, text.indexOf('Irena'));
    expect(cellNextTo(text, right, -1)).toBe('blank');
    const top = cellAt(text, 0);
    const below = cellNextTo(text, top, 1);
    expect(below).toBe('blank');
    const two = 'Wójt Gminy       Dyrektor GOK\nJan Nowak        Anna Lis';
    const up = cellNextTo(two, cellAt(two, two.indexOf('Anna')), -1);
    expect(up !== null && up !== 'blank' ? two.slice(up.start, up.end) : up).toBe('Dyrektor GOK');
  });
});
