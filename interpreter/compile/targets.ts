// Assignment and deletion targets: names (slot, cell, dict), attributes, subscripts, and unpacking
// into tuples/lists with one starred target, with CPython's unpacking errors.
import * as ast from "../../grammar/ast.js";
import type { Compiler, Store } from "./compiler.js";
import { Exec, NORMAL } from "../frame.js";
import { PyValue } from "../objects/object.js";
import { cachedSetattr } from "./attr-cache.js";
import { PyList, listType } from "../objects/list.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyDict, dictType } from "../objects/dict.js";
import { valueError, typeError, tn, unboundLocalError } from "../objects/exceptions.js";
import { delattr } from "../protocol/attr.js";
import { setitem, delitem } from "../protocol/items.js";
import { iterate } from "../protocol/iter.js";
import { at } from "./errors.js";
import { freeUnbound, nameErr } from "./expressions.js";
import { dictStore } from "./name-cache.js";

export function compileStore(c: Compiler, t: ast.Expr): Store {
  switch (t.kind) {
    case "Name": {
      const name = t.id;
      const a = c.access(name);
      switch (a.kind) {
        case "fast": { const i = a.index; return (f, v) => { f.locals[i] = v; }; }
        case "cell": { const i = a.index; return (f, v) => { f.cells[i].set(v); }; }
        case "global": { const st = dictStore(name); return (f, v) => st(f.globals, v); }
        case "name": case "classderef": { const st = dictStore(name); return (f, v) => st(f.ns!, v); }
      }
      break;
    }
    case "Attribute": {
      const o = c.expr(t.value);
      const set = cachedSetattr(t.attr);
      return (f, v) => {
        const obj = o(f);
        try { set(obj, v); } catch (err) { throw at(err, t); }
      };
    }
    case "Subscript": {
      const o = c.expr(t.value), k = c.expr(t.slice);
      return (f, v) => {
        const obj = o(f), key = k(f);
        if (obj instanceof PyList && obj.cls === listType && typeof key === "number" && key >= 0 && key < obj.length) { obj.setItem(key, v); return; }
        try {
          if (obj instanceof PyDict && obj.cls === dictType) obj.set(key, v); // exact dict: no __setitem__ to call
          else setitem(obj, key, v);
        } catch (err) { throw at(err, t); }
      };
    }
    case "Tuple": case "List": return unpackStore(c, t);
    case "Starred": return compileStore(c, t.value);
  }
  throw new Error(`internal: cannot assign to ${t.kind}`);
}

function unpackStore(c: Compiler, t: ast.TupleExpr | ast.ListExpr): Store {
  const star = t.elts.findIndex((e) => e.kind === "Starred");
  const stores = t.elts.map((e) => compileStore(c, e));
  const n = t.elts.length;
  return (f, v) => {
    let items: PyValue[];
    // a list or tuple is read directly, unless its class has its own __iter__
    if (v instanceof PyTuple && v.cls.slots.iter === tupleType.slots.iter) items = v.items;
    else if (v instanceof PyList && v.cls.slots.iter === listType.slots.iter) items = v.snapshot();
    else {
      let it;
      try { it = iterate(v); } catch (err) { throw at(typeError(`cannot unpack non-iterable ${tn(v)} object`), t); }
      items = [];
      for (let x = it.next(); x !== undefined; x = it.next()) {
        items.push(x);
        if (star < 0 && items.length > n) break;
      }
    }
    const m = items.length;
    if (star < 0) {
      if (m !== n) {
        if (m < n) throw at(valueError(`not enough values to unpack (expected ${n}, got ${m})`), t);
        throw at(valueError(`too many values to unpack (expected ${n})`), t);
      }
      for (let i = 0; i < n; i++) stores[i](f, items[i]);
      return;
    }
    if (m < n - 1) throw at(valueError(`not enough values to unpack (expected at least ${n - 1}, got ${m})`), t);
    for (let i = 0; i < star; i++) stores[i](f, items[i]);
    const after = n - star - 1;
    stores[star](f, new PyList(items.slice(star, m - after)));
    for (let i = 0; i < after; i++) stores[star + 1 + i](f, items[m - after + i]);
  };
}

export function compileDelete(c: Compiler, t: ast.Expr): Exec {
  switch (t.kind) {
    case "Name": {
      const name = t.id;
      const a = c.access(name);
      switch (a.kind) {
        case "fast": {
          const i = a.index;
          return (f) => {
            if (f.locals[i] === undefined) throw at(unboundLocalError(name), t);
            f.locals[i] = undefined;
            return NORMAL;
          };
        }
        case "cell": {
          const i = a.index;
          const own = c.scope.cells.has(name);
          return (f) => {
            if (f.cells[i].get() === undefined) throw at(own ? unboundLocalError(name) : freeUnbound(name), t);
            f.cells[i].set(undefined);
            return NORMAL;
          };
        }
        // a name del cannot find gets load's "Did you mean" (CPython's NameError carries its name either way)
        case "global": {
          const varnames = c.scope.isFunction ? c.scope.locals : [];
          return (f) => { if (f.globals.delete(name) === undefined) throw at(nameErr(name, varnames, f), t); return NORMAL; };
        }
        default:
          return (f) => { if (f.ns!.delete(name) === undefined) throw at(nameErr(name, [], f), t); return NORMAL; };
      }
    }
    case "Attribute": {
      const o = c.expr(t.value);
      return (f) => { const obj = o(f); try { delattr(obj, t.attr); } catch (err) { throw at(err, t); } return NORMAL; };
    }
    case "Subscript": {
      const o = c.expr(t.value), k = c.expr(t.slice);
      return (f) => { const obj = o(f), key = k(f); try { delitem(obj, key); } catch (err) { throw at(err, t); } return NORMAL; };
    }
    case "Tuple": case "List": {
      const ds = t.elts.map((e) => compileDelete(c, e));
      return (f) => { for (const d of ds) d(f); return NORMAL; };
    }
  }
  throw new Error(`internal: cannot delete ${t.kind}`);
}
