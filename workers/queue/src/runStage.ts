import { toSkrybaError } from '@skryba/schema';

/**
 * Runs stage code and normalises what it throws exactly as the embedded pipeline does
 * (`toSkrybaError`: anything unexpected becomes `E_INTERNAL`), so both paths fail a file the same
 * way. Errors outside stage code (the store, Redis) are left alone: those are the transient ones.
 */
export async function runStage<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (thrown) {
    throw toSkrybaError(thrown);
  }
}
