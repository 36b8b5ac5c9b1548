// The request bodies /api accepts (shapes in src/domain/sync-protocol.ts). Strict: an unknown
// key is an error, so a typo in a client fails loudly instead of being ignored.
import * as v from 'valibot';
import {
  LABEL_MAX_LENGTH,
  parseToken,
  type CoachTokenRequest,
  type CreateSpaceRequest,
  type JoinRequest,
} from '../../src/domain/sync-protocol.ts';

const label = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LABEL_MAX_LENGTH));

export const createSpaceSchema: v.GenericSchema<unknown, CreateSpaceRequest> = v.strictObject({
  signupCode: v.optional(v.pipe(v.string(), v.maxLength(200))),
  deviceName: v.optional(label),
});

export const joinSchema: v.GenericSchema<unknown, JoinRequest> = v.strictObject({
  joinToken: v.pipe(
    v.string(),
    v.check((token) => parseToken(token) !== undefined, 'not a token'),
  ),
  deviceName: v.optional(label),
});

export const coachTokenSchema: v.GenericSchema<unknown, CoachTokenRequest> = v.strictObject({
  label: v.optional(label),
});

export const emptySchema: v.GenericSchema<unknown, Record<string, never>> = v.strictObject({});
