// A tiny static server for the browser tests (and for looking at pyt in a browser by hand):
// 127.0.0.1 on an ephemeral port, the bare page at / and the browser bundle under /dist/web/, every
// response cross-origin isolated (COOP same-origin + COEP require-corp) so SharedArrayBuffer exists.
//   node test/browser/server.mjs [seconds]   serves until stopped (or for `seconds`), prints the URL
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const bundleDir = join(repoRoot, "dist", "web");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".pyt": "text/plain; charset=utf-8",
};

const ISOLATION = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/**
 * Chunks carry a content hash in their name, so they may be cached for good (every worker imports them:
 * caching spares a fetch and lets the browser reuse compiled code); everything else is revalidated.
 */
function cacheControl(file) {
  return /-[A-Z0-9]{8}\.js$/.test(file) ? "max-age=31536000, immutable" : "no-cache";
}

/** The file a URL path names, or undefined (outside the served folders). */
function fileFor(pathname) {
  if (pathname === "/" || pathname === "/index.html") return join(here, "page.html");
  if (!pathname.startsWith("/dist/web/")) return undefined;
  const file = normalize(join(bundleDir, decodeURIComponent(pathname.slice("/dist/web/".length))));
  return file.startsWith(bundleDir + sep) ? file : undefined;
}

/**
 * Starts the server; resolves with its URL and a close(). It closes itself after `lifetimeMs` (default
 * 10 minutes) so a test that dies cannot leave it running.
 */
export async function startServer({ lifetimeMs = 10 * 60_000 } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204, ISOLATION);
      res.end();
      return;
    }
    const file = req.method === "GET" || req.method === "HEAD" ? fileFor(url.pathname) : undefined;
    let body;
    let etag = "";
    try {
      if (file) {
        const info = await stat(file);
        etag = `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"`;
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, { ...ISOLATION, ETag: etag, "Cache-Control": cacheControl(file) });
          res.end();
          return;
        }
        body = await readFile(file);
      }
    } catch {
      body = undefined;
    }
    if (!body) {
      res.writeHead(404, { ...ISOLATION, "Content-Type": "text/plain", "Cache-Control": "no-store" });
      res.end("not found\n");
      return;
    }
    res.writeHead(200, {
      ...ISOLATION,
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": cacheControl(file),
      ETag: etag,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const timer = setTimeout(() => close(), lifetimeMs);
  timer.unref();
  const close = () =>
    new Promise((ok) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => ok());
    });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.argv[2] ?? 3600);
  const { url } = await startServer({ lifetimeMs: seconds * 1000 });
  console.log(`pyt test page: ${url} (for ${seconds} s; needs \`npm run build\` first)`);
}
