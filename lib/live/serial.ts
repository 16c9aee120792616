/**
 * Runs an async job so that calls never overlap and none is lost: a request
 * made while the job runs queues exactly one more run after it. Used to refetch
 * after events without cancelling a fetch in flight (which, under a steady
 * trickle of events, would cancel every fetch and never show anything) and
 * without missing the change that arrived during it.
 */
export type SerialRunner = { request(): void; readonly running: boolean };

export function createSerialRunner(job: () => Promise<unknown>): SerialRunner {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        try {
          await job();
        } catch {
          // The job reports its own errors (a failed query shows them); keep serving requests.
        }
      } while (again);
    } finally {
      running = false;
    }
  };
  return {
    request() {
      if (running) again = true;
      else void run();
    },
    get running() {
      return running;
    },
  };
}
