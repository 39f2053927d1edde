/**
 * 32-bit id of a language-model token (FNV-1a over UTF-16 code units, then a murmur3 finaliser so
 * that similar words land far apart). Never 0: hash tables use 0 for an empty slot. Collisions are
 * possible (≈ 10 among 300 k distinct tokens) and only merge two counts.
 */
export function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}
