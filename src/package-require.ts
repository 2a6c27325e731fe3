import { createRequire } from 'node:module';

let localRequire: NodeJS.Require | undefined;

/**
 * A `require` that works in both builds: the CommonJS build has its own, and the ES module
 * build makes one from `import.meta.url` (which the CommonJS build does not have).
 */
export function packageRequire(): NodeJS.Require {
  if (localRequire) return localRequire;
  // esbuild empties `import.meta` in the CommonJS build, where the real `require` exists;
  // testing `require` instead would be fooled by bundlers' throwing `require` shims.
  const moduleUrl = (import.meta as { url?: string }).url;
  localRequire = moduleUrl ? createRequire(moduleUrl) : require;
  return localRequire;
}

/** Directory of an installed package, found through its main entry (some packages export no `package.json`). */
export function packageDirectory(name: string): string {
  const entry = packageRequire().resolve(name);
  const marker = `node_modules/${name}/`;
  const normalized = entry.replace(/\\/gu, '/');
  const at = normalized.lastIndexOf(marker);
  return at >= 0 ? entry.slice(0, at + marker.length) : entry.slice(0, Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('\\')) + 1);
}
