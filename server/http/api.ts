// /api: spaces and their credentials over JSON (routes listed in src/domain/sync-protocol.ts).
// Calls about a space carry the device's token as `Authorization: Bearer …`; a header, not a
// cookie, so another site cannot make a browser call these on the user's behalf.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as v from 'valibot';
import { isCredentialId, isSpaceId } from '../../src/domain/sync-protocol.ts';
import type { Logger } from '../log.ts';
import type { Outcome, SpaceService } from '../spaces/space-service.ts';
import { refuse } from '../spaces/space-service.ts';
import type { CredentialRecord } from '../storage/storage.ts';
import { coachTokenSchema, createSpaceSchema, emptySchema, joinSchema } from './api-schemas.ts';
import { readJsonBody } from './json-body.ts';
import { sendError, sendJson } from './respond.ts';

export interface ApiOptions {
  spaces: SpaceService;
  bodyLimit: number;
  logger: Logger;
}

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  address: string,
) => Promise<void>;

export function createApi({ spaces, bodyLimit, logger }: ApiOptions) {
  const answer = <T>(response: ServerResponse, outcome: Outcome<T>, status = 200) => {
    if (!outcome.ok) {
      sendError(response, outcome.error, outcome.message, outcome.retryAfterMs);
      return;
    }
    sendJson(response, outcome.value === null ? 204 : status, outcome.value);
  };

  const body = async <T>(
    request: IncomingMessage,
    response: ServerResponse,
    schema: v.GenericSchema<unknown, T>,
  ): Promise<T | undefined> => {
    const read = await readJsonBody(request, schema, bodyLimit);
    if (read.ok) return read.value;
    // What is left of a refused body is not read: close the connection after answering.
    if (read.error === 'body-too-large') response.setHeader('Connection', 'close');
    sendError(response, read.error, read.message);
    return undefined;
  };

  /** The device making a call about `spaceId`, or an answer already sent. */
  const device = async (
    request: IncomingMessage,
    response: ServerResponse,
    address: string,
    spaceId: string,
  ): Promise<CredentialRecord | undefined> => {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const outcome = token
      ? await spaces.device(address, token, spaceId)
      : refuse<CredentialRecord>('wrong-secret');
    if (outcome.ok) return outcome.value;
    answer(response, outcome);
    return undefined;
  };

  const routes: { method: string; path: RegExp; handle: (...ids: string[]) => Handler }[] = [
    {
      method: 'POST',
      path: /^\/api\/spaces$/,
      handle: () => async (request, response, address) => {
        const input = await body(request, response, createSpaceSchema);
        if (!input) return;
        const outcome = await spaces.createSpace(address, input);
        if (outcome.ok) logger.info('space-created', { space: outcome.value.spaceId });
        answer(response, outcome, 201);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/join$/,
      handle: () => async (request, response, address) => {
        const input = await body(request, response, joinSchema);
        if (!input) return;
        const outcome = await spaces.join(address, input);
        if (outcome.ok) {
          logger.info('device-joined', {
            space: outcome.value.spaceId,
            device: outcome.value.deviceId,
          });
        }
        answer(response, outcome, 201);
      },
    },
    {
      method: 'GET',
      path: /^\/api\/spaces\/([^/]+)$/,
      handle: (spaceId) => async (request, response, address) => {
        const caller = await device(request, response, address, spaceId);
        if (caller) answer(response, await spaces.summary(caller));
      },
    },
    {
      method: 'POST',
      path: /^\/api\/spaces\/([^/]+)\/join-tokens$/,
      handle: (spaceId) => async (request, response, address) => {
        const caller = await device(request, response, address, spaceId);
        if (!caller || !(await body(request, response, emptySchema))) return;
        answer(response, await spaces.issueJoinToken(caller), 201);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/spaces\/([^/]+)\/coach-tokens$/,
      handle: (spaceId) => async (request, response, address) => {
        const caller = await device(request, response, address, spaceId);
        if (!caller) return;
        const input = await body(request, response, coachTokenSchema);
        if (input) answer(response, await spaces.issueCoachToken(caller, input), 201);
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/spaces\/([^/]+)\/credentials\/([^/]+)$/,
      handle: (spaceId, credentialId) => async (request, response, address) => {
        if (!isCredentialId(credentialId)) {
          sendError(response, 'not-found', 'There is no such device or link.');
          return;
        }
        const caller = await device(request, response, address, spaceId);
        if (!caller) return;
        const outcome = await spaces.revoke(caller, credentialId);
        if (outcome.ok)
          logger.info('credential-revoked', {
            space: spaceId,
            credential: credentialId,
            by: caller.id,
          });
        answer(response, outcome);
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/spaces\/([^/]+)$/,
      handle: (spaceId) => async (request, response, address) => {
        const caller = await device(request, response, address, spaceId);
        if (!caller) return;
        const outcome = await spaces.deleteSpace(caller);
        if (outcome.ok) logger.info('space-deleted', { space: spaceId, by: caller.id });
        answer(response, outcome);
      },
    },
  ];

  return async (
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    address: string,
  ) => {
    const matching = routes
      .map((route) => ({ route, match: route.path.exec(path) }))
      .filter(({ match }) => match !== null);
    const found = matching.find(({ route }) => route.method === request.method);
    if (!found) {
      if (matching.length > 0) {
        response.setHeader('Allow', matching.map(({ route }) => route.method).join(', '));
        sendError(response, 'method-not-allowed', 'That method is not allowed here.');
      } else {
        sendError(response, 'not-found', 'There is no such API.');
      }
      return;
    }
    const ids = found.match?.slice(1) ?? [];
    if (ids[0] !== undefined && !isSpaceId(ids[0])) {
      sendError(response, 'not-found', 'There is no such space.');
      return;
    }
    await found.route.handle(...ids)(request, response, address);
  };
}
