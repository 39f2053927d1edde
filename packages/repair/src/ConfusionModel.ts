import { z } from 'zod';

/** One learned channel entry: OCR wrote `observed` where the text had `intended`. */
export interface ChannelEntry {
  intended: string;
  observed: string;
  /** ln P(observed | intended). */
  logP: number;
}

export const confusionModelJsonSchema = z.object({
  version: z.string(),
  /** What the counts were learned from (pairs, engines), for provenance. */
  trainedOn: z.string(),
  /** ln P(c | c) for characters the training data never showed. */
  defaultIdentityLogP: z.number(),
  entries: z.array(z.tuple([z.string(), z.string(), z.number()])),
});
export type ConfusionModelJson = z.infer<typeof confusionModelJsonSchema>;

/**
 * The OCR channel: how likely wrong-model OCR writes `observed` (0–3 characters) for an intended
 * character of the true text. Entries include identities (`t` → `t`), substitutions (`ł` → `t`),
 * multi-character readings (`ń` → `ri`) and drops (`ć` → ``). Indexed by what OCR wrote, because
 * the candidate search reads the OCR output and asks what could have been meant.
 */
export class ConfusionModel {
  readonly version: string;
  readonly trainedOn: string;
  readonly defaultIdentityLogP: number;
  /** Longest observed string of any entry. */
  readonly maxObservedLength: number;
  private readonly byObserved = new Map<string, { intended: string; logP: number }[]>();

  constructor(json: ConfusionModelJson) {
    this.version = json.version;
    this.trainedOn = json.trainedOn;
    this.defaultIdentityLogP = json.defaultIdentityLogP;
    let longest = 1;
    for (const [intended, observed, logP] of json.entries) {
      const list = this.byObserved.get(observed) ?? [];
      list.push({ intended, logP });
      this.byObserved.set(observed, list);
      longest = Math.max(longest, observed.length);
    }
    for (const list of this.byObserved.values()) list.sort((a, b) => b.logP - a.logP);
    this.maxObservedLength = longest;
  }

  /** What `observed` (possibly empty: a dropped character) may stand for, most likely first. */
  readingsOf(observed: string): readonly { intended: string; logP: number }[] {
    return this.byObserved.get(observed) ?? NONE;
  }

  /** ln P(c | c): how often the character survives OCR unchanged. */
  identityLogP(char: string): number {
    return this.byObserved.get(char)?.find((r) => r.intended === char)?.logP ?? this.defaultIdentityLogP;
  }

  toJSON(): ConfusionModelJson {
    const entries: [string, string, number][] = [];
    for (const [observed, readings] of [...this.byObserved].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      for (const r of readings) entries.push([r.intended, observed, Math.round(r.logP * 1e4) / 1e4]);
    }
    return {
      version: this.version,
      trainedOn: this.trainedOn,
      defaultIdentityLogP: this.defaultIdentityLogP,
      entries,
    };
  }
}

const NONE: readonly { intended: string; logP: number }[] = [];
