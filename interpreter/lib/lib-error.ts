// LibError: how the pure library functions in interpreter/lib report a Python exception.
// The interpreter core catches it and raises `pyType(message)` (or `pyType(*pyArgs)` when given,
// e.g. KeyError carries the missing key object rather than its repr).

export class LibError extends Error {
  constructor(readonly pyType: string, message: string, readonly pyArgs?: readonly unknown[]) {
    super(message);
    this.name = pyType;
  }
}
