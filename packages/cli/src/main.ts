import { CommanderError } from 'commander';
import { createProgram } from './createProgram.ts';
import { UsageError } from './UsageError.ts';

let exitCode = 0;
const program = createProgram((code) => {
  exitCode = code;
});

try {
  await program.parseAsync(process.argv);
} catch (thrown) {
  if (thrown instanceof CommanderError) {
    // --help and --version end here too, with code 0.
    exitCode = thrown.exitCode === 0 ? 0 : 2;
  } else if (thrown instanceof UsageError) {
    process.stderr.write(`skryba: ${thrown.message}\n`);
    exitCode = 2;
  } else {
    process.stderr.write(
      `skryba: unexpected error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`,
    );
    exitCode = 70;
  }
}
process.exitCode = exitCode;
