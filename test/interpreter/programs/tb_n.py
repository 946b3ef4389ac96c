import nope
