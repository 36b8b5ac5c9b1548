export function createLogger(write = (line) => console.log(line)) {
    const log = (level) => (event, fields = {}) => {
        write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
    };
    return { info: log('info'), warn: log('warn'), error: log('error') };
}
const ignore = () => undefined;
export const silentLogger = { info: ignore, warn: ignore, error: ignore };
/** What of an error goes into a log line: its message, never the objects it carries. */
export function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=log.js.map