// Random ids and secrets, and how a secret is checked. Secrets are 256 random bits, so a plain
// SHA-256 is enough to store them (no salt or slow hash: nothing to guess from a dictionary);
// the comparison takes the same time whatever the bytes, so timing tells a guesser nothing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const randomSpaceId = (): string => randomBytes(16).toString('base64url');
export const randomCredentialId = (): string => randomBytes(12).toString('base64url');
export const randomSecret = (): string => randomBytes(32).toString('base64url');

export function hashSecret(secret: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(secret, 'utf8').digest());
}

/** Whether `secret` hashes to `expected`, in constant time. */
export function secretMatches(secret: string, expected: Uint8Array): boolean {
  const actual = hashSecret(secret);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Compares two short strings (a signup code) in constant time, whatever their lengths. */
export function sameText(given: string, expected: string): boolean {
  return timingSafeEqual(hashSecret(given), hashSecret(expected));
}

export function formatToken(spaceId: string, credentialId: string, secret: string): string {
  return `${spaceId}.${credentialId}.${secret}`;
}
