import { paint, type Style } from './ansi.js';
import { wrap, type Piece } from './wrap.js';

/** Collects lines; styles are applied only when colour is on. */
export class TextWriter {
  private readonly lines: string[] = [];
  constructor(
    readonly color: boolean,
    readonly width: number,
  ) {}

  style(text: string, styles: readonly Style[]): string {
    return this.color ? paint(text, styles) : text;
  }

  line(text = ''): void {
    this.lines.push(text);
  }

  flow(pieces: readonly Piece[], firstIndent: string, indent = firstIndent): void {
    this.lines.push(...wrap(pieces, { width: this.width, firstIndent, indent, color: this.color }));
  }

  heading(text: string): void {
    if (this.lines.length > 0) this.line();
    this.line(this.style(text, ['bold']));
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
