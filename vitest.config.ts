import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
    // Many tests time real threads (lesson 08 ordering, deadlock within 2 s, Ctrl-C within 0.5 s) and
    // spawn pools of pyt processes themselves: on a 2-core machine, files running side by side starve
    // each other's threads. One file at a time keeps those timings honest.
    fileParallelism: false,
  },
});
