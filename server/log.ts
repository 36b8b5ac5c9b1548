// One JSON object per line on stdout: easy to read, easy to grep, easy to ship. Callers pass
// ids, names and counts, never a token, a secret or a request body (tests grep the logs of a
// whole run for every secret they handled).
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

const ignore = () => undefined;
export const silentLogger: Logger = { info: ignore, warn: ignore, error: ignore };

/** What of an error goes into a log line: its message, never the objects it carries. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
