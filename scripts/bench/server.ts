/** Serves a build with vite's preview() on 127.0.0.1, on a free port. */
import { createServer, type AddressInfo } from 'node:net';
import { preview, type PreviewServer } from 'vite';

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}
