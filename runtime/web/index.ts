// runtime/web's public surface: the browser platform for startProgram(). The browser bundle's page entry
// (browser.ts) re-exports this with runtime's API and runSource().
export { webPlatform, createWebPlatform, webSupportProblem, type WebPlatformOptions } from "./platform.js";
