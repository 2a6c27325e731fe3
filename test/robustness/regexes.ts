/**
 * Collects every regular expression in `src/` by parsing the TypeScript, not by grepping:
 * regex literals, and `new RegExp(…)` / `RegExp(…)` calls. A pattern built from literals
 * (string literals, `String.raw` templates, `+` and `[…].join(…)`) is folded into its
 * source; anything else is reported as dynamic, with the argument's source text, so the
 * ReDoS test can demand a reviewed justification for it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** Path relative to the project root, e.g. `src/text/tokenize.ts`. */
  readonly file: string;
  readonly line: number;
  readonly kind: 'literal' | 'constructor';
  /** The pattern source, when it could be folded from literals. */
  readonly source?: string;
  readonly flags?: string;
  /** For a pattern that could not be folded: the argument as written. */
  readonly dynamic?: string;
  /** For a dynamic template pattern: its literal text between the substitutions, in order. */
  readonly templateText?: readonly string[];
}

function typeScriptFiles(directory: string, files: string[] = []): string[] {
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) typeScriptFiles(path, files);
    else if (/\.[cm]?tsx?$/u.test(name)) files.push(path);
  }
  return files;
}

/** The string a literal expression evaluates to, or undefined when it is not built from literals. */
function fold(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return fold(node.expression);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = fold(node.left);
    const right = fold(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const target = node.expression.expression;
    const separator = node.arguments[0] === undefined ? ',' : fold(node.arguments[0]);
    if (!ts.isArrayLiteralExpression(target) || separator === undefined) return undefined;
    const parts = target.elements.map((element) => (ts.isSpreadElement(element) ? undefined : fold(element)));
    return parts.every((part) => part !== undefined) ? parts.join(separator) : undefined;
  }
  return undefined;
}

/** Every regex in the TypeScript files under `directory`, in file and line order. */
export function collectRegexes(root: string, directory = 'src'): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const path of typeScriptFiles(join(root, directory))) {
    const file = relative(root, path).split('\\').join('/');
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const close = text.lastIndexOf('/');
        found.push({ file, line: lineOf(node), kind: 'literal', source: text.slice(1, close), flags: text.slice(close + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [patternArgument, flagsArgument] = node.arguments ?? [];
        const source = patternArgument ? fold(patternArgument) : '';
        const flags = flagsArgument ? fold(flagsArgument) : '';
        if (source !== undefined && flags !== undefined) found.push({ file, line: lineOf(node), kind: 'constructor', source, flags });
        else {
          const dynamic = node.arguments?.map((argument) => argument.getText(sourceFile)).join(', ') ?? '';
          const templateText = patternArgument && ts.isTemplateExpression(patternArgument) ? [patternArgument.head.text, ...patternArgument.templateSpans.map((span) => span.literal.text)] : undefined;
          found.push({ file, line: lineOf(node), kind: 'constructor', dynamic, ...(templateText ? { templateText } : {}) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}
