import DataLoader from 'dataloader';

/**
 * One call per key that the store turns into one statement per group of keys: the hot calls of a busy
 * daily round (a hundred players answering within the same second) cost a handful of statements instead of
 * one each, which matters because a statement through Prisma costs ~20× the driver's own work.
 *
 * Group commit: one group runs at a time, and the keys that arrive meanwhile go together in the next, so the
 * busier the store, the bigger (and fewer) the groups. An idle store waits only for the current tick.
 *
 * A group that fails is re-run one key at a time, so one bad key never fails its neighbours.
 */
export function groupLoader<K, V>(
  run: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  maxGroup: number,
): (key: K) => Promise<V> {
  let tail: Promise<void> = Promise.resolve();
  let releaseDispatched: () => void = () => {};
  const runOrSplit = async (keys: readonly K[]): Promise<ReadonlyArray<V | Error>> => {
    try {
      return await run(keys);
    } catch (error) {
      if (keys.length === 1) throw error;
      const single: (V | Error)[] = [];
      for (const key of keys) single.push(await runOne(key));
      return single;
    }
  };
  const runOne = async (key: K): Promise<V | Error> => {
    try {
      const [value] = await run([key]);
      return value === undefined ? new Error('store: a grouped call returned nothing') : value;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const loader = new DataLoader<K, V, K>(
    async (keys) => {
      const release = releaseDispatched;
      try {
        return await runOrSplit(keys);
      } finally {
        release();
      }
    },
    {
      cache: false,
      maxBatchSize: maxGroup,
      // Called once per new group: it starts after the group before it has finished.
      batchScheduleFn: (dispatch) => {
        const previous = tail;
        let release: () => void = () => {};
        tail = new Promise<void>((resolve) => {
          release = resolve;
        });
        void previous.then(() =>
          process.nextTick(() => {
            // DataLoader calls the batch function synchronously inside dispatch, which picks this up.
            releaseDispatched = release;
            dispatch();
          }),
        );
      },
    },
  );
  return (key) => loader.load(key);
}
