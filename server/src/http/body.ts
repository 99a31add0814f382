import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

export const BODY_LIMIT = 64 * 1024;

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/**
 * Reads a JSON request body of at most `limit` bytes. A body over the limit is answered with 413
 * as soon as it is known (Content-Length, or while streaming) and the rest is drained, not
 * buffered, so a client that keeps sending cannot grow our memory.
 */
export async function readJson(req: IncomingMessage, limit = BODY_LIMIT): Promise<{ value: unknown; raw: string }> {
  const type = req.headers['content-type'] ?? '';
  if (!JSON_TYPE.test(type)) {
    req.resume();
    throw new HttpError(415, 'unsupported-media-type', 'Send the body as application/json.');
  }
  const tooLarge = () => {
    req.resume();
    return new HttpError(413, 'payload-too-large', `The body is larger than ${limit} bytes.`, [], { Connection: 'close' });
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return { value: JSON.parse(raw), raw };
  } catch {
    throw new HttpError(400, 'invalid-json', 'The body is not valid JSON.', [{ field: '', message: 'not valid JSON' }]);
  }
}
