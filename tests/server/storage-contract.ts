// The storage suite every implementation of server/storage/storage.ts passes (in-memory and
// SQLite here; Postgres joins with one more file calling describeStorage). A factory opens a
// storage; `reopen` (for durable ones) opens the same data again after close.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  hashSecret,
  randomCredentialId,
  randomSecret,
  randomSpaceId,
} from '../../server/auth/secrets.ts';
import type { CredentialRecord, Storage } from '../../server/storage/storage.ts';
import { shareDocumentName, spaceDocumentName } from '../../src/domain/sync-protocol.ts';

export interface StorageFactory {
  open(): Promise<Storage>;
  /** Opens the data of the last storage opened, after it was closed; absent for memory. */
  reopen?(): Promise<Storage>;
  /**
   * Opens the data of the last storage opened while it is still open, as a second process
   * would; absent where only one process can use the data.
   */
  another?(): Promise<Storage>;
}

const NOW = 1_780_000_000_000;

export function credential(
  spaceId: string,
  overrides: Partial<CredentialRecord> = {},
): CredentialRecord {
  return {
    id: randomCredentialId(),
    spaceId,
    kind: 'device',
    secretHash: hashSecret(randomSecret()),
    createdAt: NOW,
    ...overrides,
  };
}

async function newSpace(storage: Storage) {
  const id = randomSpaceId();
  const device = credential(id, { label: 'Laptop' });
  await storage.createSpace({ id, createdAt: NOW }, device);
  return { id, device };
}

/** A Y.Doc update setting tasks[id][field] = value, made on its own document. */
function edit(id: string, field: string, value: unknown, base?: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, base);
  const before = Y.encodeStateVector(doc);
  const tasks = doc.getMap<Y.Map<unknown>>('tasks');
  doc.transact(() => {
    const task = tasks.get(id) ?? new Y.Map<unknown>();
    if (!tasks.has(id)) tasks.set(id, task);
    task.set(field, value);
  });
  return Y.encodeStateAsUpdate(doc, before);
}

function read(update: Uint8Array | undefined): Record<string, unknown> {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getMap('tasks').toJSON();
}

export function describeStorage(name: string, factory: StorageFactory): void {
  describe(`storage: ${name}`, () => {
    it('creates a space with its first device and finds both again', async () => {
      const storage = await factory.open();
      const { id, device } = await newSpace(storage);
      expect(await storage.getSpace(id)).toEqual({ id, createdAt: NOW });
      expect(await storage.getCredential(device.id)).toEqual(device);
      expect(await storage.listCredentials(id)).toEqual([device]);
      expect(await storage.getSpace(randomSpaceId())).toBeUndefined();
      expect(await storage.getCredential(randomCredentialId())).toBeUndefined();
      await storage.close();
    });

    it('refuses a second space with the same id, keeping the first', async () => {
      const storage = await factory.open();
      const { id, device } = await newSpace(storage);
      await expect(
        storage.createSpace({ id, createdAt: NOW + 1 }, credential(id)),
      ).rejects.toThrow();
      expect(await storage.getSpace(id)).toEqual({ id, createdAt: NOW });
      expect(await storage.listCredentials(id)).toEqual([device]);
      await storage.close();
    });

    it('returns copies: changing a returned record changes nothing stored', async () => {
      const storage = await factory.open();
      const { device } = await newSpace(storage);
      const read1 = (await storage.getCredential(device.id))!;
      read1.secretHash.fill(0);
      read1.label = 'changed';
      expect(await storage.getCredential(device.id)).toEqual(device);
      await storage.close();
    });

    it('adds and revokes credentials, once', async () => {
      const storage = await factory.open();
      const { id } = await newSpace(storage);
      const coach = credential(id, { kind: 'coach', label: 'Coach Sam' });
      expect(await storage.addCredential(coach)).toBe(true);
      expect(await storage.revokeCredential(coach.id, NOW + 5)).toBe(true);
      expect(await storage.revokeCredential(coach.id, NOW + 9)).toBe(false);
      expect(await storage.revokeCredential(randomCredentialId(), NOW)).toBe(false);
      expect(await storage.getCredential(coach.id)).toEqual({ ...coach, revokedAt: NOW + 5 });
      expect(await storage.listCredentials(id)).toHaveLength(2);
      await storage.close();
    });

    it('redeems a join token exactly once, before it expires, adding the device', async () => {
      const storage = await factory.open();
      const { id } = await newSpace(storage);
      const join = credential(id, { kind: 'join', expiresAt: NOW + 1000 });
      await storage.addCredential(join);
      const phone = credential(id, { label: 'Phone' });
      const tablet = credential(id, { label: 'Tablet' });
      const results = await Promise.all([
        storage.redeemJoinToken(join.id, NOW + 10, phone),
        storage.redeemJoinToken(join.id, NOW + 10, tablet),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const added = results[0] ? phone : tablet;
      const refused = results[0] ? tablet : phone;
      expect(await storage.getCredential(added.id)).toEqual(added);
      expect(await storage.getCredential(refused.id)).toBeUndefined();
      expect(await storage.getCredential(join.id)).toEqual({ ...join, usedAt: NOW + 10 });

      const late = credential(id, { kind: 'join', expiresAt: NOW + 1000 });
      const revoked = credential(id, { kind: 'join', expiresAt: NOW + 1000 });
      await storage.addCredential(late);
      await storage.addCredential(revoked);
      await storage.revokeCredential(revoked.id, NOW);
      expect(await storage.redeemJoinToken(late.id, NOW + 1000, credential(id))).toBe(false);
      expect(await storage.redeemJoinToken(revoked.id, NOW + 1, credential(id))).toBe(false);
      // A device secret is not a join token; nor is a token of another space.
      const other = await newSpace(storage);
      const otherJoin = credential(other.id, { kind: 'join', expiresAt: NOW + 1000 });
      await storage.addCredential(otherJoin);
      expect(await storage.redeemJoinToken(added.id, NOW + 1, credential(id))).toBe(false);
      expect(await storage.redeemJoinToken(otherJoin.id, NOW + 1, credential(id))).toBe(false);
      expect(await storage.listCredentials(id)).toHaveLength(5);
      await storage.close();
    });

    it('stores a document by merging updates, never replacing one with another', async () => {
      const storage = await factory.open();
      const { id } = await newSpace(storage);
      const name = spaceDocumentName(id);
      expect(await storage.loadDocument(name)).toBeUndefined();
      const base = edit('t1', 'title', 'Buy milk');
      expect(await storage.appendUpdate(name, base)).toBe(true);
      // Two writers each started from `base` and changed a different field; both are stored
      // at once, in any order: both edits stay.
      await Promise.all([
        storage.appendUpdate(name, edit('t1', 'status', 'done', base)),
        storage.appendUpdate(name, edit('t1', 'notes', 'oat milk', base)),
      ]);
      // An old full state stored late takes nothing away.
      await storage.appendUpdate(name, base);
      expect(read(await storage.loadDocument(name))).toEqual({
        t1: { title: 'Buy milk', status: 'done', notes: 'oat milk' },
      });
      await storage.close();
    });

    it('keeps every update through compaction', async () => {
      const storage = await factory.open();
      const { id } = await newSpace(storage);
      const name = shareDocumentName(id);
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      const tasks = doc.getMap<Y.Map<unknown>>('tasks');
      for (let i = 0; i < 150; i++) {
        const key = `t${i % 40}`;
        doc.transact(() => {
          if (!tasks.has(key)) tasks.set(key, new Y.Map());
          tasks.get(key)!.set('title', `v${i}`);
        });
      }
      for (const update of updates) await storage.appendUpdate(name, update);
      expect(read(await storage.loadDocument(name))).toEqual(tasks.toJSON());
      await storage.close();
    });

    it('keeps documents apart', async () => {
      const storage = await factory.open();
      const a = await newSpace(storage);
      const b = await newSpace(storage);
      await storage.appendUpdate(spaceDocumentName(a.id), edit('a', 'title', 'A'));
      await storage.appendUpdate(shareDocumentName(a.id), edit('s', 'title', 'S'));
      await storage.appendUpdate(spaceDocumentName(b.id), edit('b', 'title', 'B'));
      expect(Object.keys(read(await storage.loadDocument(spaceDocumentName(a.id))))).toEqual(['a']);
      expect(Object.keys(read(await storage.loadDocument(shareDocumentName(a.id))))).toEqual(['s']);
      expect(Object.keys(read(await storage.loadDocument(spaceDocumentName(b.id))))).toEqual(['b']);
      await expect(storage.appendUpdate('elsewhere', edit('x', 'title', 'X'))).rejects.toThrow();
      await storage.close();
    });

    it('deletes a space: its credentials and documents go, a tombstone stays', async () => {
      const storage = await factory.open();
      const gone = await newSpace(storage);
      const kept = await newSpace(storage);
      const join = credential(gone.id, { kind: 'join', expiresAt: NOW + 1000 });
      await storage.addCredential(join);
      await storage.appendUpdate(spaceDocumentName(gone.id), edit('t', 'title', 'T'));
      await storage.appendUpdate(spaceDocumentName(kept.id), edit('k', 'title', 'K'));
      await storage.deleteSpace(gone.id, NOW + 50);

      expect(await storage.getSpace(gone.id)).toEqual({
        id: gone.id,
        createdAt: NOW,
        deletedAt: NOW + 50,
      });
      expect(await storage.getCredential(gone.device.id)).toBeUndefined();
      expect(await storage.listCredentials(gone.id)).toEqual([]);
      expect(await storage.loadDocument(spaceDocumentName(gone.id))).toBeUndefined();
      // Nothing can be added to it any more, not even by a store that was already under way.
      expect(await storage.appendUpdate(spaceDocumentName(gone.id), edit('t', 'x', 1))).toBe(false);
      expect(await storage.loadDocument(spaceDocumentName(gone.id))).toBeUndefined();
      expect(await storage.addCredential(credential(gone.id))).toBe(false);
      expect(await storage.redeemJoinToken(join.id, NOW + 60, credential(gone.id))).toBe(false);
      // The other space is untouched.
      expect(read(await storage.loadDocument(spaceDocumentName(kept.id)))).toEqual({
        k: { title: 'K' },
      });
      expect(await storage.listCredentials(kept.id)).toEqual([kept.device]);
      await storage.close();
    });

    it('stores racing the deletion of their space leave nothing behind', async () => {
      const storage = await factory.open();
      const second = factory.another ? await factory.another() : storage;
      for (let round = 0; round < 3; round++) {
        const { id } = await newSpace(storage);
        const name = spaceDocumentName(id);
        const stores = Array.from({ length: 30 }, (_, i) =>
          (i % 2 ? second : storage).appendUpdate(name, edit(`t${i}`, 'title', `T${i}`)),
        );
        await Promise.all([...stores, storage.deleteSpace(id, NOW + 1)]);
        expect(await storage.loadDocument(name)).toBeUndefined();
        expect(await second.loadDocument(name)).toBeUndefined();
      }
      if (second !== storage) await second.close();
      await storage.close();
    });

    if (factory.another) {
      const another = factory.another.bind(factory);
      it('two processes appending to one document at once lose no update, compaction included', async () => {
        const first = await factory.open();
        const second = await another();
        const { id } = await newSpace(first);
        const name = spaceDocumentName(id);
        // Each writer edits its own replica and appends every change as it is made, so each
        // update depends on the writer's previous ones; both run at once, past several
        // compactions (COMPACT_AFTER_UPDATES) by either.
        const write = async (storage: Storage, who: string) => {
          const doc = new Y.Doc();
          const updates: Uint8Array[] = [];
          doc.on('update', (update: Uint8Array) => updates.push(update));
          const tasks = doc.getMap<Y.Map<unknown>>('tasks');
          for (let i = 0; i < 100; i++) {
            doc.transact(() => {
              const key = `${who}${i % 25}`;
              if (!tasks.has(key)) tasks.set(key, new Y.Map());
              tasks.get(key)!.set('title', `${who} ${i}`);
            });
            await storage.appendUpdate(name, updates[i]!);
          }
          return tasks.toJSON();
        };
        const [a, b] = await Promise.all([write(first, 'a'), write(second, 'b')]);
        const expected = { ...a, ...b };
        expect(Object.keys(expected)).toHaveLength(50);
        expect(read(await first.loadDocument(name))).toEqual(expected);
        expect(read(await second.loadDocument(name))).toEqual(expected);
        await second.close();
        await first.close();
      });
    }

    if (factory.reopen) {
      const reopen = factory.reopen.bind(factory);
      it('keeps everything across close and reopen', async () => {
        const storage = await factory.open();
        const { id, device } = await newSpace(storage);
        const name = spaceDocumentName(id);
        await storage.appendUpdate(name, edit('t1', 'title', 'Durable'));
        await storage.close();
        const again = await reopen();
        expect(await again.getCredential(device.id)).toEqual(device);
        expect(read(await again.loadDocument(name))).toEqual({ t1: { title: 'Durable' } });
        await again.close();
      });
    }
  });
}
