import { createEntityResources, extractEntities, loadPolishNameLists } from '@skryba/entities';
import { emptyTextStages, type TextStages } from './TextStages.ts';

/**
 * The text stages every entry point runs (CLI, workers, golden tests), with their resources loaded
 * once. Stages not wired in yet leave their record fields empty (never faked).
 */
export async function loadTextStages(): Promise<TextStages> {
  const entityResources = createEntityResources(loadPolishNameLists());
  return {
    ...emptyTextStages,
    extractEntities: (text) => extractEntities(text, entityResources),
  };
}
