import type { Command } from 'commander';

/**
 * Registers `skryba worker`, `failures`, `retry` and `dashboard` (the BullMQ side, issue 5).
 * Kept in its own file so the queue commands evolve without touching the rest of the program.
 */
export function registerQueueCommands(_program: Command, _setExitCode: (code: number) => void): void {
  // The queue commands are registered here once workers/queue exists.
}
