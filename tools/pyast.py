#!/usr/bin/env python3
"""Print CPython's AST of a file (or -c CODE) as JSON in the shape of grammar/ast.ts.

The oracle for parser tests: `python3 tools/pyast.py file.py` must equal what our parser gives.
"""
import ast, json, sys

BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
          ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
          ast.BitAnd: "&", ast.MatMult: "@"}
UNOPS = {ast.Not: "not", ast.USub: "-", ast.UAdd: "+", ast.Invert: "~"}
CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
          ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
CTX = {ast.Load: "Load", ast.Store: "Store", ast.Del: "Del"}


def loc(n):
    return {"line": n.lineno, "col": n.col_offset, "endLine": n.end_lineno, "endCol": n.end_col_offset}


def const(v):
    if v is None: return {"type": "None"}
    if v is Ellipsis: return {"type": "Ellipsis"}
    if isinstance(v, bool): return {"type": "bool", "value": v}
    if isinstance(v, int): return {"type": "int", "value": str(v)}
    if isinstance(v, float): return {"type": "float", "value": repr(v)}
    if isinstance(v, complex): return {"type": "complex", "value": repr(v.imag)}
    if isinstance(v, str): return {"type": "str", "value": v}
    if isinstance(v, bytes): return {"type": "bytes", "value": v.decode("latin-1")}
    raise TypeError(v)


def args_(a):
    return {"posonlyargs": [arg(x) for x in a.posonlyargs], "args": [arg(x) for x in a.args],
            "vararg": arg(a.vararg) if a.vararg else None, "kwonlyargs": [arg(x) for x in a.kwonlyargs],
            "kwDefaults": [conv(x) if x else None for x in a.kw_defaults],
            "kwarg": arg(a.kwarg) if a.kwarg else None, "defaults": [conv(x) for x in a.defaults]}


def arg(a):
    return {"arg": a.arg, "annotation": conv(a.annotation) if a.annotation else None, **loc(a)}


def opt(x):
    return conv(x) if x is not None else None


def lst(xs):
    return [conv(x) for x in xs]


def comp(g):
    return {"target": conv(g.target), "iter": conv(g.iter), "ifs": lst(g.ifs)}


def conv(n):
    k = type(n).__name__
    m = {
        "Module": lambda: {"kind": "Module", "body": lst(n.body)},
        "FunctionDef": lambda: {"kind": k, "name": n.name, "args": args_(n.args), "body": lst(n.body),
                                "decorators": lst(n.decorator_list), "returns": opt(n.returns)},
        "ClassDef": lambda: {"kind": k, "name": n.name, "bases": lst(n.bases),
                             "keywords": [kw(x) for x in n.keywords], "body": lst(n.body),
                             "decorators": lst(n.decorator_list)},
        "Return": lambda: {"kind": k, "value": opt(n.value)},
        "Delete": lambda: {"kind": k, "targets": lst(n.targets)},
        "Assign": lambda: {"kind": k, "targets": lst(n.targets), "value": conv(n.value)},
        "AugAssign": lambda: {"kind": k, "target": conv(n.target), "op": BINOPS[type(n.op)], "value": conv(n.value)},
        "AnnAssign": lambda: {"kind": k, "target": conv(n.target), "annotation": conv(n.annotation),
                              "value": opt(n.value), "simple": bool(n.simple)},
        "For": lambda: {"kind": k, "target": conv(n.target), "iter": conv(n.iter), "body": lst(n.body), "orelse": lst(n.orelse)},
        "While": lambda: {"kind": k, "test": conv(n.test), "body": lst(n.body), "orelse": lst(n.orelse)},
        "If": lambda: {"kind": k, "test": conv(n.test), "body": lst(n.body), "orelse": lst(n.orelse)},
        "With": lambda: {"kind": k, "items": [{"contextExpr": conv(i.context_expr), "optionalVars": opt(i.optional_vars)} for i in n.items],
                         "body": lst(n.body)},
        "Raise": lambda: {"kind": k, "exc": opt(n.exc), "cause": opt(n.cause)},
        "Try": lambda: {"kind": k, "body": lst(n.body), "handlers": [handler(h) for h in n.handlers],
                        "orelse": lst(n.orelse), "finalbody": lst(n.finalbody)},
        "Assert": lambda: {"kind": k, "test": conv(n.test), "msg": opt(n.msg)},
        "Import": lambda: {"kind": k, "names": [alias(a) for a in n.names]},
        "ImportFrom": lambda: {"kind": k, "module": n.module, "names": [alias(a) for a in n.names], "level": n.level},
        "Global": lambda: {"kind": k, "names": list(n.names)},
        "Nonlocal": lambda: {"kind": k, "names": list(n.names)},
        "Expr": lambda: {"kind": k, "value": conv(n.value)},
        "Pass": lambda: {"kind": k}, "Break": lambda: {"kind": k}, "Continue": lambda: {"kind": k},
        "BoolOp": lambda: {"kind": k, "op": "and" if isinstance(n.op, ast.And) else "or", "values": lst(n.values)},
        "NamedExpr": lambda: {"kind": k, "target": conv(n.target), "value": conv(n.value)},
        "BinOp": lambda: {"kind": k, "left": conv(n.left), "op": BINOPS[type(n.op)], "right": conv(n.right)},
        "UnaryOp": lambda: {"kind": k, "op": UNOPS[type(n.op)], "operand": conv(n.operand)},
        "Lambda": lambda: {"kind": k, "args": args_(n.args), "body": conv(n.body)},
        "IfExp": lambda: {"kind": k, "test": conv(n.test), "body": conv(n.body), "orelse": conv(n.orelse)},
        "Dict": lambda: {"kind": k, "keys": [opt(x) for x in n.keys], "values": lst(n.values)},
        "Set": lambda: {"kind": k, "elts": lst(n.elts)},
        "ListComp": lambda: {"kind": k, "elt": conv(n.elt), "generators": [comp(g) for g in n.generators]},
        "SetComp": lambda: {"kind": k, "elt": conv(n.elt), "generators": [comp(g) for g in n.generators]},
        "GeneratorExp": lambda: {"kind": k, "elt": conv(n.elt), "generators": [comp(g) for g in n.generators]},
        "DictComp": lambda: {"kind": k, "key": conv(n.key), "value": conv(n.value), "generators": [comp(g) for g in n.generators]},
        "Compare": lambda: {"kind": k, "left": conv(n.left), "ops": [CMPOPS[type(o)] for o in n.ops], "comparators": lst(n.comparators)},
        "Call": lambda: {"kind": k, "func": conv(n.func), "args": lst(n.args), "keywords": [kw(x) for x in n.keywords]},
        "FormattedValue": lambda: {"kind": k, "value": conv(n.value),
                                   "conversion": "" if n.conversion == -1 else chr(n.conversion),
                                   "formatSpec": opt(n.format_spec)},
        "JoinedStr": lambda: {"kind": k, "values": lst(n.values)},
        "Constant": lambda: {"kind": k, "value": const(n.value)},
        "Attribute": lambda: {"kind": k, "value": conv(n.value), "attr": n.attr, "ctx": CTX[type(n.ctx)]},
        "Subscript": lambda: {"kind": k, "value": conv(n.value), "slice": conv(n.slice), "ctx": CTX[type(n.ctx)]},
        "Starred": lambda: {"kind": k, "value": conv(n.value), "ctx": CTX[type(n.ctx)]},
        "Name": lambda: {"kind": k, "id": n.id, "ctx": CTX[type(n.ctx)]},
        "List": lambda: {"kind": k, "elts": lst(n.elts), "ctx": CTX[type(n.ctx)]},
        "Tuple": lambda: {"kind": k, "elts": lst(n.elts), "ctx": CTX[type(n.ctx)]},
        "Match": lambda: {"kind": k, "subject": conv(n.subject),
                          "cases": [{"pattern": conv(c.pattern), "guard": opt(c.guard), "body": lst(c.body)} for c in n.cases]},
        "MatchValue": lambda: {"kind": k, "value": conv(n.value)},
        "MatchSingleton": lambda: {"kind": k, "value": const(n.value)},
        "MatchSequence": lambda: {"kind": k, "patterns": lst(n.patterns)},
        "MatchMapping": lambda: {"kind": k, "keys": lst(n.keys), "patterns": lst(n.patterns), "rest": n.rest},
        "MatchClass": lambda: {"kind": k, "cls": conv(n.cls), "patterns": lst(n.patterns), "kwdAttrs": list(n.kwd_attrs),
                               "kwdPatterns": lst(n.kwd_patterns)},
        "MatchStar": lambda: {"kind": k, "name": n.name},
        "MatchAs": lambda: {"kind": k, "pattern": opt(n.pattern), "name": n.name},
        "MatchOr": lambda: {"kind": k, "patterns": lst(n.patterns)},
        "Slice": lambda: {"kind": k, "lower": opt(n.lower), "upper": opt(n.upper), "step": opt(n.step)},
    }
    if k not in m:
        raise SystemExit(f"unsupported node {k}")
    d = m[k]()
    if k != "Module":
        d.update(loc(n))
    return d


def kw(k):
    return {"arg": k.arg, "value": conv(k.value), **loc(k)}


def alias(a):
    return {"name": a.name, "asname": a.asname, **loc(a)}


def handler(h):
    return {"type": opt(h.type), "name": h.name, "body": lst(h.body), **loc(h)}


if __name__ == "__main__":
    src = sys.argv[2] if sys.argv[1] == "-c" else open(sys.argv[1]).read()
    print(json.dumps(conv(ast.parse(src)), indent=1 if "--pretty" in sys.argv else None))
