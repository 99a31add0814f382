import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this gain nothing worth the work: a TCP packet carries them either way. */
const MIN_BYTES = 1024;

/**
 * The best encoding the request's `Accept-Encoding` allows: brotli, then gzip; none with `q=0`.
 * Read from `res.req`, so every sender can ask without being handed the request.
 */
export function acceptedEncoding(res: ServerResponse): Encoding | undefined {
  const header = String(res.req?.headers['accept-encoding'] ?? '');
  const allowed = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) allowed.add(name);
  }
  return allowed.has('br') ? 'br' : allowed.has('gzip') ? 'gzip' : undefined;
}

/**
 * `body` encoded for the client, with the headers that say so; as it was when it is small or the
 * client takes no encoding. `level` "static": the most compact (done once per file and kept);
 * "dynamic": fast enough for every API answer.
 */
export function encode(res: ServerResponse, body: Buffer, level: 'static' | 'dynamic'): { body: Buffer; headers: Record<string, string> } {
  const vary = { Vary: 'Accept-Encoding' };
  const encoding = body.length >= MIN_BYTES ? acceptedEncoding(res) : undefined;
  if (!encoding) return { body, headers: vary };
  const quality = level === 'static' ? 11 : 5;
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: level === 'static' ? 9 : 6 });
  return { body: encoded, headers: { ...vary, 'Content-Encoding': encoding } };
}
