/** A piece of the text with its UTF-16 offsets: `text.slice(start, end) === span.text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}
