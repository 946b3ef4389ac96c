// The typed AST: the one contract between the parser and the interpreter.
// Plain JSON data (no classes, no parent links, no undefined, no Infinity) so it survives
// postMessage and can be stored as text in the shared heap for other workers to compile.
// Kinds and field names follow CPython's `ast` module, so `ast.dump` serves as an oracle
// (tools/pyast.py converts CPython's AST to this shape).

/** line is 1-based; col is 0-based in UTF-16 units, as CPython's col_offset; end is exclusive. */
export interface Loc { line: number; col: number; endLine: number; endCol: number }

export type Ctx = "Load" | "Store" | "Del";

export interface Module {
  kind: "Module";
  body: Stmt[];
  /** A session's input number (runtime H.INPUT): it travels with the AST a thread worker compiles, so code
   *  defined at that input names it wherever it runs (interpreter/state.ts currentInput). */
  input?: number;
}

// ---- statements ----
export interface FunctionDef extends Loc {
  kind: "FunctionDef"; name: string; args: Arguments; body: Stmt[]; decorators: Expr[]; returns: Expr | null;
  /** The name the def binds when it differs from `name`: `_C__f` for `def __f` in class C (compile/mangle.ts). */
  bind?: string;
}
export interface ClassDef extends Loc {
  kind: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[];
  /** The name the class statement binds when it differs from `name` (private name mangling). */
  bind?: string;
}
export interface Return extends Loc { kind: "Return"; value: Expr | null }
export interface Delete extends Loc { kind: "Delete"; targets: Expr[] }
/** `a = b = value`: targets in source order. */
export interface Assign extends Loc { kind: "Assign"; targets: Expr[]; value: Expr }
export interface AugAssign extends Loc { kind: "AugAssign"; target: Expr; op: BinOperator; value: Expr }
export interface AnnAssign extends Loc { kind: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
export interface For extends Loc { kind: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Loc { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Loc { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Loc { kind: "With"; items: WithItem[]; body: Stmt[] }
export interface Raise extends Loc { kind: "Raise"; exc: Expr | null; cause: Expr | null }
export interface Try extends Loc {
  kind: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Loc { kind: "Assert"; test: Expr; msg: Expr | null }
export interface Import extends Loc { kind: "Import"; names: Alias[] }
/** `from .x import a`: module "x", level 1. `from x import *`: one alias named "*". */
export interface ImportFrom extends Loc { kind: "ImportFrom"; module: string | null; names: Alias[]; level: number }
export interface Global extends Loc { kind: "Global"; names: string[] }
export interface Nonlocal extends Loc { kind: "Nonlocal"; names: string[] }
/** An expression statement (CPython's `Expr` node). */
export interface ExprStmt extends Loc { kind: "Expr"; value: Expr }
export interface Pass extends Loc { kind: "Pass" }
export interface Break extends Loc { kind: "Break" }
export interface Continue extends Loc { kind: "Continue" }
/** `match subject:` with its `case` blocks (PEP 634). */
export interface Match extends Loc { kind: "Match"; subject: Expr; cases: MatchCase[] }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
  | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue | Match;

// ---- expressions ----
export type BinOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&" | "@";
export type UnaryOperator = "not" | "-" | "+" | "~";
export type CmpOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

export interface BoolOp extends Loc { kind: "BoolOp"; op: "and" | "or"; values: Expr[] }
export interface NamedExpr extends Loc { kind: "NamedExpr"; target: Name; value: Expr }
export interface BinOp extends Loc { kind: "BinOp"; left: Expr; op: BinOperator; right: Expr }
export interface UnaryOp extends Loc { kind: "UnaryOp"; op: UnaryOperator; operand: Expr }
export interface Lambda extends Loc { kind: "Lambda"; args: Arguments; body: Expr }
export interface IfExp extends Loc { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr }
/** A null key is a `**mapping` entry whose mapping is the matching value. */
export interface Dict extends Loc { kind: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Loc { kind: "Set"; elts: Expr[] }
export interface ListComp extends Loc { kind: "ListComp"; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Loc { kind: "SetComp"; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Loc { kind: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Loc { kind: "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface Compare extends Loc { kind: "Compare"; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
/** Positional args may contain Starred; a keyword with arg null is `**mapping`. */
export interface Call extends Loc { kind: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: "" for none, else "r", "s" or "a". */
export interface FormattedValue extends Loc {
  kind: "FormattedValue"; value: Expr; conversion: "" | "r" | "s" | "a"; formatSpec: JoinedStr | null;
}
/** An f-string: Constant str parts and FormattedValue parts. `f"{x=}"` becomes Constant "x=" then FormattedValue with conversion "r". */
export interface JoinedStr extends Loc { kind: "JoinedStr"; values: Expr[] }
export interface Constant extends Loc { kind: "Constant"; value: ConstValue }
export interface Attribute extends Loc { kind: "Attribute"; value: Expr; attr: string; ctx: Ctx }
export interface Subscript extends Loc { kind: "Subscript"; value: Expr; slice: Expr; ctx: Ctx }
export interface Starred extends Loc { kind: "Starred"; value: Expr; ctx: Ctx }
export interface Name extends Loc { kind: "Name"; id: string; ctx: Ctx }
export interface ListExpr extends Loc { kind: "List"; elts: Expr[]; ctx: Ctx }
export interface TupleExpr extends Loc { kind: "Tuple"; elts: Expr[]; ctx: Ctx }
/** Only inside Subscript.slice (possibly inside a Tuple there: `a[1:2, 3]`). */
/** `yield`, `yield x` (value null for a bare yield) and `yield from x`: only in function bodies. */
export interface Yield extends Loc { kind: "Yield"; value: Expr | null }
export interface YieldFrom extends Loc { kind: "YieldFrom"; value: Expr }
export interface Slice extends Loc { kind: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred
  | Name | ListExpr | TupleExpr | Slice | Yield | YieldFrom;

/**
 * Literal values, JSON-safe. int: decimal digits with optional leading "-" never present (the
 * parser yields UnaryOp for negation), already converted from hex/octal/binary and without "_".
 * float: a string Number() parses ("1e400" stays a string, so Infinity survives JSON).
 * complex: the imaginary part as a float string. bytes: one char per byte (latin-1).
 */
export type ConstValue =
  | { type: "int"; value: string }
  | { type: "float"; value: string }
  | { type: "complex"; value: string }
  | { type: "str"; value: string }
  | { type: "bytes"; value: string }
  | { type: "bool"; value: boolean }
  | { type: "None" }
  | { type: "Ellipsis" };

// ---- helpers ----
export interface Arg extends Loc { arg: string; annotation: Expr | null }
/** defaults align with the last positional params (posonlyargs then args); kwDefaults align with kwonlyargs, null for none. */
export interface Arguments {
  posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[]; kwDefaults: (Expr | null)[];
  kwarg: Arg | null; defaults: Expr[];
}
export interface Keyword extends Loc { arg: string | null; value: Expr }
export interface Alias extends Loc { name: string; asname: string | null }
export interface WithItem { contextExpr: Expr; optionalVars: Expr | null }
export interface ExceptHandler extends Loc { type: Expr | null; name: string | null; body: Stmt[] }
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[] }

// ---- patterns (match statements) ----
/** `case` has no location of its own in CPython's ast. */
export interface MatchCase { pattern: Pattern; guard: Expr | null; body: Stmt[] }
/** A literal or a dotted name, compared with `==`. */
export interface MatchValue extends Loc { kind: "MatchValue"; value: Expr }
/** None, True, False: compared with `is`. */
export interface MatchSingleton extends Loc { kind: "MatchSingleton"; value: ConstValue }
export interface MatchSequence extends Loc { kind: "MatchSequence"; patterns: Pattern[] }
export interface MatchMapping extends Loc { kind: "MatchMapping"; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Loc {
  kind: "MatchClass"; cls: Expr; patterns: Pattern[]; kwdAttrs: string[]; kwdPatterns: Pattern[];
}
/** `*name` in a sequence pattern; name null for `*_`. */
export interface MatchStar extends Loc { kind: "MatchStar"; name: string | null }
/** `p as name`; a capture when pattern is null; the wildcard `_` when both are null. */
export interface MatchAs extends Loc { kind: "MatchAs"; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Loc { kind: "MatchOr"; patterns: Pattern[] }
export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export function assertNever(x: never): never {
  throw new Error(`unexpected AST node: ${JSON.stringify(x)}`);
}
