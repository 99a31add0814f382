import type { Sql } from '../db/database.js';

/** The SQL of `settings`: small values the server keeps for itself (the generated staff token, the simulation's pace). */
export class SettingsStore {
  constructor(private readonly db: Sql) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]))?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /** Stores `value` unless the key has one; answers the value that holds (the first writer's). */
  async setOnce(key: string, value: string): Promise<string> {
    await this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [key, value]);
    return (await this.get(key))!;
  }
}
