import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One regular expression literal of the source tree, where it is and what it says. */
export type RegexSite = { file: string; line: number; source: string; flags: string };

const SOURCE_DIRS = ["lib", "app", "components"];
const ROOT_FILES = ["proxy.ts", "instrumentation.ts"];

function sourceFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
    });
  return [
    ...SOURCE_DIRS.flatMap((dir) => walk(path.join(root, dir))),
    ...ROOT_FILES.map((file) => path.join(root, file)),
  ];
}

/**
 * Every regex literal and every `RegExp(…)` construction in the server and client code, found
 * with the TypeScript parser (a grep would miss literals split across lines and count ones in
 * comments). A `RegExp` built from a non-literal cannot be checked statically: it is reported
 * with `source` set to the argument's text so the test can refuse it.
 */
export function findRegexes(root: string): RegexSite[] {
  return sourceFiles(root).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const sites: RegexSite[] = [];
    const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf("/");
        sites.push({
          file: path.relative(root, file),
          line: at(node),
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [pattern, flags] = node.arguments ?? [];
        sites.push({
          file: path.relative(root, file),
          line: at(node),
          source: pattern && ts.isStringLiteralLike(pattern) ? pattern.text : `<dynamic>`,
          flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "",
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return sites;
  });
}
