// runtime/node's public surface: the Node platform for startProgram().
export { nodePlatform, STACK_SIZE_MB } from "./platform.js";
