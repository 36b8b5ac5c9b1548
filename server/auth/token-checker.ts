// Checks a device, join or coach token: the one place a secret is compared (for /api and for
// /sync alike). Order matters: the secret is checked before anything about the credential is
// told, so a guesser learns nothing from "revoked" or "expired"; a wrong secret counts against
// the address, and a blocked address is refused before any lookup.
import { parseToken } from '../../src/domain/sync-protocol.ts';
import type { CredentialRecord, Storage } from '../storage/storage.ts';
import type { AttemptLimiter } from './attempt-limiter.ts';
import { hashSecret, secretMatches } from './secrets.ts';

export type TokenCheck =
  | { ok: true; credential: CredentialRecord }
  | { ok: false; refusal: 'wrong-secret' | 'revoked' | 'space-gone' }
  | { ok: false; refusal: 'too-many-attempts'; retryAfterMs: number };

export type TokenChecker = (address: string, token: string) => Promise<TokenCheck>;

// Compared against when there is no credential, so a miss costs what a hit costs.
const DECOY_HASH = hashSecret('decoy');

export function createTokenChecker(storage: Storage, limiter: AttemptLimiter): TokenChecker {
  return async (address, token) => {
    const retryAfterMs = limiter.retryAfter(address);
    if (retryAfterMs > 0) return { ok: false, refusal: 'too-many-attempts', retryAfterMs };

    const parsed = parseToken(token);
    const [space, credential] = parsed
      ? await Promise.all([
          storage.getSpace(parsed.spaceId),
          storage.getCredential(parsed.credentialId),
        ])
      : [undefined, undefined];
    if (space?.deletedAt !== undefined) return { ok: false, refusal: 'space-gone' };
    const matches = secretMatches(parsed?.secret ?? '', credential?.secretHash ?? DECOY_HASH);
    if (!parsed || !space || credential?.spaceId !== space.id || !matches) {
      limiter.fail(address);
      return { ok: false, refusal: 'wrong-secret' };
    }
    if (credential.revokedAt !== undefined) return { ok: false, refusal: 'revoked' };
    return { ok: true, credential };
  };
}
