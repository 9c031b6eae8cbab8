import { createMemoryStore } from '../../src/store/memory-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('in-memory fake', async () => {
  const store = createMemoryStore();
  return { store, cleanup: () => store.close() };
});
