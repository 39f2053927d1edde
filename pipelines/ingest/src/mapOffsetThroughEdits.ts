import type { RepairEdit } from '@skryba/schema';

/**
 * Where an offset of the text before repair lands in the repaired text. Edits carry their span in
 * the repaired text, in order; an offset inside an edited span maps to that span's start.
 */
export function mapOffsetThroughEdits(offset: number, edits: readonly RepairEdit[]): number {
  let delta = 0;
  for (const edit of edits) {
    const originalStart = edit.start - delta;
    const originalEnd = originalStart + edit.before.length;
    if (offset < originalEnd) return offset <= originalStart ? offset + delta : edit.start;
    delta += edit.after.length - edit.before.length;
  }
  return offset + delta;
}
