// First-load JavaScript of a page: every <script src> and every modulepreload / preload-as-script
// link under /_next/ in the page's HTML, downloaded and gzip-compressed (zlib level 9), summed.
// `<script noModule>` (Next's legacy polyfills) is left out: browsers with ES modules never load it.
import zlib from "node:zlib";

export interface FirstLoadJs {
  files: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

const gzipCache = new Map<string, { bytes: number; gzip: number }>();

export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) urls.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? "";
    const as = /\bas="([^"]+)"/.exec(tag)?.[1] ?? "";
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (rel === "modulepreload" || (rel === "preload" && as === "script"))) urls.add(href);
  }
  return [...urls]
    .map((url) => url.replace(/&amp;/g, "&"))
    .filter((url) => url.startsWith("/_next/") || /^https?:\/\/[^/]+\/_next\//.test(url));
}

export async function firstLoadJs(baseUrl: string, path: string, cookie: string): Promise<FirstLoadJs> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  const html = await response.text();
  const files: FirstLoadJs["files"] = [];
  for (const url of scriptUrls(html)) {
    const key = url.replace(/^https?:\/\/[^/]+/, "");
    let sizes = gzipCache.get(key);
    if (!sizes) {
      const asset = await fetch(`${baseUrl}${key}`);
      if (!asset.ok) throw new Error(`GET ${key} answered ${asset.status}`);
      const body = Buffer.from(await asset.arrayBuffer());
      sizes = { bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
      gzipCache.set(key, sizes);
    }
    files.push({ path: key, ...sizes });
  }
  return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
}
