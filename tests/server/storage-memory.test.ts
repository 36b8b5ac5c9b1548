import { createMemoryStorage } from '../../server/storage/memory-storage.ts';
import { describeStorage } from './storage-contract.ts';

describeStorage('in memory', { open: () => Promise.resolve(createMemoryStorage()) });
