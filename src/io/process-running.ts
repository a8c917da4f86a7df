// Whether a process on this machine still runs, as the owner of a lock or a temporary file.

/**
 * Signal 0 only asks. Only "no such process" (ESRCH) says it has ended: EPERM means it runs under another user, and
 * any other answer is no proof that it is gone, so its lock or file is left alone.
 */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
