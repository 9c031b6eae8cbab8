import type { HotPath } from '../hot-path/hot-path.ts';
import type { SqliteWorkerClient } from './worker-client.ts';

/** The answer path's calls (hot-path/sqlite-hot-path.ts), run by the SQLite worker for this database. */
export function workerHotPath(worker: SqliteWorkerClient, db: number): HotPath {
  return {
    upsertPlayers: (inputs) => worker.request({ op: 'upsertPlayers', db, inputs }),
    getStreaks: (keys) => worker.request({ op: 'getStreaks', db, keys }),
    countAnswers: (roundIds) => worker.request({ op: 'countAnswers', db, roundIds }),
    writeAnswers: (writes) => worker.request({ op: 'writeAnswers', db, writes }),
    close: async () => {
      await worker.request({ op: 'close', db });
    },
  };
}
