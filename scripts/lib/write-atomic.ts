import { renameSync, writeFileSync, rmSync } from 'node:fs';

/** Writes a file so that readers see the old content or the new, never half of it: write beside, then rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
