/** The few text styles the terminal report uses. */
export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'cyan' | 'magenta' | 'inverse';

const SGR: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  inverse: [7, 27],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

/** Wraps text in SGR escapes; each style is closed by its own reset so styles nest. */
export function paint(text: string, styles: readonly Style[]): string {
  if (text === '' || styles.length === 0) return text;
  let open = '';
  let close = '';
  for (const style of styles) {
    const [on, off] = SGR[style];
    open += `\u001b[${on}m`;
    close = `\u001b[${off}m${close}`;
  }
  return open + text + close;
}

export const SEVERITY_STYLE: Readonly<Record<string, readonly Style[]>> = {
  error: ['red', 'bold'],
  warning: ['yellow'],
  info: ['blue'],
};
