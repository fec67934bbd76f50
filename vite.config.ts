import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Content-Security-Policy: nothing may be fetched from, sent to or run from another origin. 'wasm-unsafe-eval'
 * lets DuckDB and parquet-wasm compile their WebAssembly; blob:/data: images are for chart export.
 * It goes into the built index.html as a <meta> (works on any static host) and is also sent as a header by
 * `vite preview`. The dev server needs inline scripts and a websocket for hot reload, so it gets a looser one.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'jiko-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), cspMeta()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { chunkSizeWarningLimit: 2000, target: 'es2022' },
  preview: { headers: { 'Content-Security-Policy': CSP } },
});
