// Reads a JSON request body of at most `limit` bytes and checks it against a valibot schema.
// A body announced or found larger than the limit is refused without being read to the end
// (the connection is closed after the answer, so the rest is never buffered).
import type { IncomingMessage } from 'node:http';
import * as v from 'valibot';

export type BodyResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: 'body-too-large' | 'invalid-request'; message: string };

export async function readJsonBody<T>(
  request: IncomingMessage,
  schema: v.GenericSchema<unknown, T>,
  limit: number,
): Promise<BodyResult<T>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      error: 'invalid-request',
      message: 'Send JSON (Content-Type: application/json).',
    };
  }
  const tooLarge = {
    ok: false,
    error: 'body-too-large',
    message: `The request body is larger than ${limit} bytes.`,
  } as const;
  if (Number(request.headers['content-length'] ?? 0) > limit) return tooLarge;

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge;
    chunks.push(chunk);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { ok: false, error: 'invalid-request', message: 'The request body is not JSON.' };
  }
  // Every body is an object (valibot would let an array pass an object of optional keys).
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      error: 'invalid-request',
      message: 'The request body must be a JSON object.',
    };
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    // Says where and what was expected, never echoing what was sent (it may be a secret).
    const issue = parsed.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return {
      ok: false,
      error: 'invalid-request',
      message: `Invalid ${path || 'body'}${issue.expected ? ` (expected ${issue.expected})` : ''}.`,
    };
  }
  return { ok: true, value: parsed.output };
}
