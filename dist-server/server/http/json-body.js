import * as v from 'valibot';
export async function readJsonBody(request, schema, limit) {
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
    };
    if (Number(request.headers['content-length'] ?? 0) > limit)
        return tooLarge;
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > limit)
            return tooLarge;
        chunks.push(chunk);
    }
    let json;
    try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
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
//# sourceMappingURL=json-body.js.map