import { z } from 'zod';
import { type FirstNameIndex, indexFirstNames } from './indexFirstNames.ts';

/** Word lists the entity finder needs, lower-case nominatives. */
export const nameListsSchema = z.object({
  maleFirstNames: z.array(z.string()),
  femaleFirstNames: z.array(z.string()),
  maleSurnames: z.array(z.string()),
  femaleSurnames: z.array(z.string()),
  /** Frequent ordinary words (any inflected form): a capitalised one after a first name is no surname. */
  commonWords: z.array(z.string()),
});
export type NameLists = z.infer<typeof nameListsSchema>;

/** Everything `extractEntities` reads besides the text, built once and shared between documents. */
export interface EntityResources {
  firstNames: FirstNameIndex;
  maleSurnames: ReadonlySet<string>;
  femaleSurnames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

/** Validates the lists and builds the lookup structures (≈ 50 ms for the bundled Polish lists). */
export function createEntityResources(lists: NameLists): EntityResources {
  const parsed = nameListsSchema.parse(lists);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    firstNames: indexFirstNames(parsed.maleFirstNames, parsed.femaleFirstNames),
    maleSurnames: lower(parsed.maleSurnames),
    femaleSurnames: lower(parsed.femaleSurnames),
    commonWords: lower(parsed.commonWords),
  };
}
