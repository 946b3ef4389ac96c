// The arithmetic and comparison dunders of int and float: `(5).__add__(3)`, `super().__add__(x)` in a
// subclass, and the operators on an int or float subclass's instances (PyIntSub, PyFloatSub), which reach them through the
// type. Each unwraps its operands and defers to the operators' numeric paths, so results are plain
// ints and floats as in CPython; an operand of another type gives NotImplemented (int.__add__ refuses
// a float, float.__add__ takes an int).
import { PyFloat, PyValue, Methods, fillType, intType, floatType, NotImplemented } from "./object.js";
import type { BinOperator } from "../../grammar/ast.js";
import { BIN_DUNDERS, CmpOp, binaryOp, compare } from "../protocol/ops.js";
import { PyIntSub, PyFloatSub, intOf, floatOf } from "./primitives.js";
import { PyTuple } from "./tuple.js";

const INT_OPS: BinOperator[] = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];
const FLOAT_OPS: BinOperator[] = ["+", "-", "*", "/", "//", "%", "**"];
const CMP: [string, CmpOp][] = [["__eq__", "=="], ["__ne__", "!="], ["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], ["__ge__", ">="]];

function asInt(v: PyValue): number | bigint | boolean | undefined {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSub ? intOf(v) : undefined;
}

function numberMethods(ops: BinOperator[], self: (v: PyValue) => PyValue, other: (v: PyValue) => PyValue | undefined): Methods {
  const m: Methods = {};
  for (const op of ops) {
    const [name, rname] = BIN_DUNDERS[op];
    m[name] = (s, [o]) => { const b = other(o); return b === undefined ? NotImplemented : binaryOp(op, self(s), b); };
    m[rname] = (s, [o]) => { const a = other(o); return a === undefined ? NotImplemented : binaryOp(op, a, self(s)); };
  }
  for (const [name, op] of CMP) {
    m[name] = (s, [o]) => { const b = other(o); return b === undefined ? NotImplemented : compare(op, self(s), b); };
  }
  const divmod = (a: PyValue, b: PyValue) => new PyTuple([binaryOp("//", a, b), binaryOp("%", a, b)]);
  m.__divmod__ = (s, [o]) => { const b = other(o); return b === undefined ? NotImplemented : divmod(self(s), b); };
  m.__rdivmod__ = (s, [o]) => { const a = other(o); return a === undefined ? NotImplemented : divmod(a, self(s)); };
  m.__pos__ = (s) => self(s);
  return m;
}

fillType(intType, { methods: numberMethods(INT_OPS, (s) => intOf(s), asInt) });
fillType(floatType, {
  methods: numberMethods(FLOAT_OPS, (s) => floatOf(s), (o) => (o instanceof PyFloat ? o : o instanceof PyFloatSub ? floatOf(o) : asInt(o))),
});
