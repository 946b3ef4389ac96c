// runtime/node's public surface: the Node platform for startProgram().
export { createNodePlatform, nodePlatform, STACK_SIZE_MB } from "./platform.js";
