// The builtins module's functions and the builtin types not registered by install.ts, all registered
// by name in registry.ts (so another worker finds the same builtin under the same name). Importing
// this file loads them all, plus the builtin modules (sys, time, math, random, _pyt_re).
import { registerBuiltin } from "../registry.js";
import { setType, frozensetType } from "../objects/set.js";
import { dictType } from "../objects/dict.js";
import { listType } from "../objects/list.js";
import { tupleType } from "../objects/tuple.js";
import { rangeType } from "../objects/range.js";
import "../objects/int-type.js";
import "../objects/number-dunders.js";
import "../objects/generic-alias.js";
import "../objects/str-type.js";
import "./io.js";
import "./numeric.js";
import "./iteration.js";
import "./objects.js";
import "./import.js";
import "../modules/sys.js";
import "../modules/time.js";
import "../modules/signal.js";
import "../modules/math.js";
import "../modules/random.js";
import "../modules/_pytsupport.js";
import "../modules/re-native.js";

for (const t of [setType, frozensetType, dictType, listType, tupleType, rangeType]) registerBuiltin(t.name, t);
