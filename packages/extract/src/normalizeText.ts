const LIGATURES: Record<string, string> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/**
 * Canonical form of extracted text: NFC (PDF text layers often give `a` + combining ogonek),
 * LF line ends, typographic ligatures split, soft hyphens and stray control characters removed.
 * Everything else (quotes, dashes, spacing) is kept as the document wrote it.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[ﬀ-ﬆ]/g, (ch) => LIGATURES[ch] ?? ch)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\ufeff]/g, '')
      .normalize('NFC')
  );
}
