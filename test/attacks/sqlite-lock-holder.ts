/**
 * Another process holding SQLite's write lock, for the fault replays: opens the file, takes the lock with
 * BEGIN IMMEDIATE (and writes, as a real writer would), says "locked", holds it for the given milliseconds
 * while its own event loop stays free, then commits, says "released" and exits.
 *
 *   node --import tsx sqlite-lock-holder.ts <file> <holdMs>
 */
import Database from 'better-sqlite3';

const [file, hold] = process.argv.slice(2);
if (file === undefined || hold === undefined) throw new Error('usage: sqlite-lock-holder.ts <file> <holdMs>');
const db = new Database(file, { timeout: 30_000 });
db.exec('BEGIN IMMEDIATE');
db.exec(`UPDATE "Tenant" SET "name" = "name"`);
process.stdout.write('locked\n');
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
}, Number(hold));
