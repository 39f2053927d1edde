import { createEntityResources, type EntityResources } from './createEntityResources.ts';
import { loadPolishNameLists } from './loadPolishNameLists.ts';

let cached: EntityResources | null = null;

/** The bundled Polish name lists, built once per test process (≈ 50 ms). */
export function testResources(): EntityResources {
  cached ??= createEntityResources(loadPolishNameLists());
  return cached;
}
