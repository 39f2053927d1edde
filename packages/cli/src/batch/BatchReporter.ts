import type { ErrorCode } from '@skryba/schema';
import { printable } from './printable.ts';

export type InputResult =
  | { kind: 'record'; path: string; id: string; ocrPages: number; warnings: number }
  | { kind: 'failure'; path: string; id: string; code: ErrorCode; message: string }
  | { kind: 'skipped'; path: string; id: string; reason: string };

export interface BatchSummary {
  total: number;
  records: number;
  skipped: number;
  failed: number;
  failuresByCode: Partial<Record<ErrorCode, number>>;
  ocrPages: number;
  elapsedMs: number;
}

/**
 * Tells the archivist how the batch goes: a progress bar on a terminal, one plain line per input
 * otherwise (logs, CI), and a summary table at the end. Everything goes to stderr so stdout stays
 * free for `--format ndjson`.
 */
export class BatchReporter {
  private readonly started = Date.now();
  private readonly summary: Omit<BatchSummary, 'elapsedMs'>;
  private lastDraw = 0;

  constructor(
    total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly interactive = Boolean(process.stderr.isTTY),
  ) {
    this.summary = { total, records: 0, skipped: 0, failed: 0, failuresByCode: {}, ocrPages: 0 };
  }

  get done(): number {
    return this.summary.records + this.summary.skipped + this.summary.failed;
  }

  report(result: InputResult): void {
    switch (result.kind) {
      case 'record':
        this.summary.records++;
        this.summary.ocrPages += result.ocrPages;
        break;
      case 'failure':
        this.summary.failed++;
        this.summary.failuresByCode[result.code] = (this.summary.failuresByCode[result.code] ?? 0) + 1;
        break;
      case 'skipped':
        this.summary.skipped++;
        break;
    }
    if (this.interactive) {
      if (result.kind === 'failure') this.printAboveBar(this.describe(result));
      this.draw(false);
    } else {
      this.stream.write(`${this.describe(result)}\n`);
    }
  }

  private describe(result: InputResult): string {
    const where = printable(result.path);
    switch (result.kind) {
      case 'record':
        return `ok      ${where} -> ${result.id}${result.warnings ? ` (${result.warnings} warnings)` : ''}`;
      // Messages and reasons can quote paths (`same content as <path>`), so they are escaped too.
      case 'failure':
        return `FAILED  ${where}: ${result.code} ${printable(result.message)}`;
      case 'skipped':
        return `skipped ${where}: ${printable(result.reason)}`;
    }
  }

  private printAboveBar(line: string): void {
    this.stream.write(`\r\x1b[2K${line}\n`);
  }

  private draw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 100 && this.done < this.summary.total) return;
    this.lastDraw = now;
    const { total, records, failed, skipped } = this.summary;
    const width = 30;
    const filled = total ? Math.round((this.done / total) * width) : width;
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    this.stream.write(
      `\r\x1b[2K[${bar}] ${this.done}/${total}  ok ${records}  failed ${failed}  skipped ${skipped}`,
    );
  }

  /** Ends the progress display and prints the summary table. */
  finish(): BatchSummary {
    const summary = { ...this.summary, elapsedMs: Date.now() - this.started };
    if (this.interactive) {
      this.draw(true);
      this.stream.write('\n');
    }
    const rows: [string, string][] = [
      ['inputs', String(summary.total)],
      ['records', String(summary.records)],
      ['skipped', String(summary.skipped)],
      ['failed', String(summary.failed)],
      ...Object.entries(summary.failuresByCode)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, n]): [string, string] => [`  ${code}`, String(n)]),
      ["pages OCR'd", String(summary.ocrPages)],
      ['elapsed', `${(summary.elapsedMs / 1000).toFixed(1)} s`],
    ];
    const left = Math.max(...rows.map(([k]) => k.length));
    const right = Math.max(...rows.map(([, v]) => v.length));
    const rule = `${'-'.repeat(left + right + 3)}`;
    this.stream.write(
      `${rule}\n${rows.map(([k, v]) => `${k.padEnd(left)}   ${v.padStart(right)}`).join('\n')}\n${rule}\n`,
    );
    return summary;
  }
}
