// runtime/web's public surface: the browser platform for startProgram().
export { webPlatform } from "./platform.js";
