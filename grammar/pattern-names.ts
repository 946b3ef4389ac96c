// The names a pattern binds, for the grammar's checks and the interpreter's compiler (which must not
// import the rest of grammar/: the workers' bundle carries no parser).
import type * as ast from "./ast.js";

/** The names a pattern binds (an or-pattern's first alternative's, which all alternatives share). */
export function patternNames(p: ast.Pattern, out: string[] = []): string[] {
  switch (p.kind) {
    case "MatchValue": case "MatchSingleton": break;
    case "MatchSequence": for (const q of p.patterns) patternNames(q, out); break;
    case "MatchMapping":
      for (const q of p.patterns) patternNames(q, out);
      if (p.rest !== null) out.push(p.rest);
      break;
    case "MatchClass":
      for (const q of p.patterns) patternNames(q, out);
      for (const q of p.kwdPatterns) patternNames(q, out);
      break;
    case "MatchStar": if (p.name !== null) out.push(p.name); break;
    case "MatchAs":
      if (p.pattern !== null) patternNames(p.pattern, out);
      if (p.name !== null) out.push(p.name);
      break;
    case "MatchOr": patternNames(p.patterns[0], out); break;
  }
  return out;
}
