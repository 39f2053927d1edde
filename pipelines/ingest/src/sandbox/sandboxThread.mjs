// Entry of a sandbox thread. It registers tsx itself so the thread runs the TypeScript stage code
// however the parent process was started (tsx CLI, vitest, node --import tsx).
import { register } from 'tsx/esm/api';

register();
await import('./serveSandbox.ts');
