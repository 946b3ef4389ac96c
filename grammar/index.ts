export * from "./ast.js";
