// The head of a Hocuspocus message: the document's name, then the message type, then (for
// sync messages) the y-protocols sync step. Read without touching the rest, to decide early.
import * as decoding from 'lib0/decoding';

/** Hocuspocus's MessageType values that matter here. */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
} as const;

/** y-protocols sync steps that carry document content. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface Envelope {
  document: string;
  type: number;
  /** For sync messages: whether it may change the document (step 2 or update). */
  changesDocument: boolean;
}

/** The envelope of a message, or undefined when the bytes are not one. */
export function readEnvelope(data: Uint8Array): Envelope | undefined {
  try {
    const decoder = decoding.createDecoder(data);
    const document = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    let changesDocument = false;
    if (type === MESSAGE.sync || type === MESSAGE.syncReply) {
      const step = decoding.readVarUint(decoder);
      changesDocument = step === SYNC_STEP_2 || step === SYNC_UPDATE;
    }
    return { document, type, changesDocument };
  } catch {
    return undefined;
  }
}
