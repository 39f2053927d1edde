import type { ErrorCode } from './errorCodes.ts';

/**
 * The one error type stages throw. `retryable` tells a queue whether trying again could help
 * (a Redis hiccup could; an encrypted PDF never will).
 */
export class SkrybaError extends Error {
  override readonly name = 'SkrybaError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  /** 0-based page the error concerns, when it concerns one. */
  readonly page: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; retryable?: boolean; page?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.page = options.page;
  }
}

/** Normalises anything thrown into a SkrybaError, keeping the original as `cause`. */
export function toSkrybaError(thrown: unknown): SkrybaError {
  if (thrown instanceof SkrybaError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new SkrybaError('E_INTERNAL', `Unexpected error: ${message}`, { cause: thrown });
}
