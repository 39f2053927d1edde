import { emptyTextStages, type TextStages } from './TextStages.ts';

/**
 * The text stages every entry point runs (CLI, workers, golden tests). Repair, language, type and entities are wired in here as they land;
 * until then their record fields stay empty (never faked).
 */
export async function loadTextStages(): Promise<TextStages> {
  return emptyTextStages;
}
