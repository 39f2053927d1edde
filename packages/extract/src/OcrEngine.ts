import type { GrayImage } from './GrayImage.ts';

/** A page image for OCR: gray pixels (rendered PDF pages, decoded PNG/JPEG) or an encoded TIFF. */
export type OcrImage =
  | { kind: 'gray'; image: GrayImage; dpi: number | null }
  | { kind: 'encoded'; bytes: Uint8Array; dpi: number | null };

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
}

export interface OcrEngineInfo {
  engine: string;
  engineVersion: string;
  model: string;
}

export interface RecognizeOptions {
  /** 0-based page index, for messages and page-level errors. */
  page?: number;
  /**
   * This page's time budget, overriding the engine's (a queue job may have less time left).
   * @defaultValue the engine's page timeout
   */
  timeoutMs?: number;
}

/**
 * The OCR resource stages receive. Implementations own their workers; callers only recognize and
 * close. `recognize` rejects with `E_OCR_TIMEOUT` or `E_OCR_FAILED` (a SkrybaError), never hangs.
 */
export interface OcrEngine {
  readonly info: OcrEngineInfo;
  recognize(image: OcrImage, options?: RecognizeOptions): Promise<OcrResult>;
  close(): Promise<void>;
}
