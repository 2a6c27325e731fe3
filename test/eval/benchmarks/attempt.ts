/** Runs one capability's scoring and turns a throw into error cells, never into numbers. */
import { errorCell, notImplemented } from '../metrics/cells.js';
import type { Cell } from './types.js';

export async function attempt(keys: readonly string[], score: () => Promise<Record<string, Cell>>): Promise<Record<string, Cell>> {
  try {
    return await score();
  } catch (error) {
    const cell = errorCell(error);
    return Object.fromEntries(keys.map((key) => [key, cell]));
  }
}

export function allNotImplemented(keys: readonly string[], ...missing: string[]): Record<string, Cell> {
  const cell = notImplemented(...missing);
  return Object.fromEntries(keys.map((key) => [key, cell]));
}
