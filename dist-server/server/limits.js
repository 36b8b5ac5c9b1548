const MiB = 1024 * 1024;
export const DEFAULT_LIMITS = {
    maxMessageBytes: 9 * MiB,
    maxDocumentBytes: 8 * MiB,
    maxConnectionsPerSpace: 32,
    maxSocketsPerAddress: 32,
    maxBytesBeforeAuth: 1 * MiB,
    authTimeoutMs: 10_000,
    maxFailedAttempts: 20,
    failedAttemptWindowMs: 10 * 60_000,
    maxBodyBytes: 4096,
    devicesPerSpace: 20,
    coachTokensPerSpace: 10,
    joinTokensPerSpace: 10,
    storeDebounceMs: 500,
    storeMaxDebounceMs: 2000,
};
//# sourceMappingURL=limits.js.map