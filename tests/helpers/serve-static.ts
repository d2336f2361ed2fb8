import { createReadStream, promises as fs } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` under the URL prefix `mount` (e.g. "/sous/dossier/") on 127.0.0.1, as a plain static file
 * server would: directories give their index.html, anything else is a 404. Extra headers go on every answer.
 */
export async function serveStatic(root: string, mount = "/", headers: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(mount)) return notFound(response);
    let file = path.join(root, pathname.slice(mount.length));
    if (!file.startsWith(root)) return notFound(response);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) file = path.join(file, "index.html");
    const exists = await fs.stat(file).then((s) => s.isFile(), () => false);
    if (!exists) return notFound(response);
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: http.ServerResponse): void {
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  response.end("introuvable");
}
