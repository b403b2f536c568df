export function logError(...values: unknown[]): void;
export function logInfo(...values: unknown[]): void;
