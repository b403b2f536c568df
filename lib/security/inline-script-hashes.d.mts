import type { ServerResponse } from 'node:http';

export function inlineScriptHashes(html: string): string[];
export function policyWithScriptHashes(policy: string, html: string): string;
export function holdForScriptHashes(response: ServerResponse, cachedPolicy: string): ServerResponse;
