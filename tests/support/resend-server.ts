import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the part of Resend's API the app uses (POST /emails, POST /emails/batch with
 * Idempotency-Key), reached through RESEND_BASE_URL by the real SDK. It records every email it accepts, replays
 * the stored answer for a repeated idempotency key (409 when the payload differs, as Resend does) until told to
 * forget the keys (as Resend does after 24 hours), and can be told to answer 429 or 500 for a while, or to take a
 * call and answer 500 as if its answer were lost (`accepted`); with `latencyMs` it takes that long over every
 * call. A batch with an invalid email is refused whole (422), or, asked for permissive validation, sent without it. Control endpoints (/__sent, /__faults, /__reset) let other processes read and steer it. Run on its own:
 * `tsx tests/support/resend-server.ts <port> [--recipients-only]`; with `--recipients-only` (`keepBodies: false`)
 * it keeps who each email went to but not its body, so it can take a benchmark's hundred thousand emails.
 */
export type RecordedEmail = { id: string; from: string; to: string; subject: string; html: string; text: string; headers: Record<string, string>; idempotencyKey: string | null };
export type Fault = { status: 429 | 500 | 503; count?: number; forMs?: number; retryAfterSeconds?: number; accepted?: boolean };

type StoredAnswer = { payloadHash: string; status: number; body: unknown };

export type RecordingResend = {
  url: string;
  sent: RecordedEmail[];
  /** Every call, answered or refused: path, idempotency key and status. */
  calls: { path: string; idempotencyKey: string | null; status: number; at: number }[];
  fail: (fault: Fault) => void;
  /** Forgets the idempotency keys it was given, as the provider does after 24 hours. */
  forgetKeys: () => void;
  reset: () => void;
  close: () => Promise<void>;
};

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type EmailInput = { from?: string; to?: string | string[]; subject?: string; html?: string; text?: string; headers?: Record<string, string> };

export async function startRecordingResend({ port = 0, latencyMs = 0, keepBodies = true } = {}): Promise<RecordingResend> {
  const sent: RecordedEmail[] = [];
  const calls: RecordingResend['calls'] = [];
  const answers = new Map<string, StoredAnswer>();
  let faults: (Fault & { until?: number; left?: number })[] = [];

  const activeFault = () => {
    const now = Date.now();
    faults = faults.filter((fault) => (fault.left === undefined || fault.left > 0) && (fault.until === undefined || fault.until > now));
    const fault = faults[0];
    if (fault?.left !== undefined) fault.left -= 1;
    return fault;
  };

  const recipient = (input: EmailInput) => (Array.isArray(input.to) ? input.to[0] : input.to);
  /** Why the provider would refuse this email: a field missing, or a recipient that is no address. */
  const invalidity = (input: EmailInput) => {
    if (!input.from || !recipient(input) || !input.subject) return 'from, to and subject are required';
    return /^[^@\s]+@[^@\s]+$/.test(recipient(input)!) ? null : 'Invalid `to` field.';
  };

  const accept = (input: EmailInput, idempotencyKey: string | null): { id: string } => {
    const to = recipient(input)!;
    const id = randomUUID();
    const body = keepBodies ? { html: input.html ?? '', text: input.text ?? '', headers: input.headers ?? {} } : { html: '', text: '', headers: {} };
    sent.push({ id, from: input.from!, to, subject: input.subject!, ...body, idempotencyKey });
    return { id };
  };

  const api = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null;
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      calls.push({ path, idempotencyKey, status, at: Date.now() });
      json(response, status, body, headers);
    };
    if (!request.headers.authorization?.startsWith('Bearer ')) return answer(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' });
    const raw = await readBody(request);
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const fault = activeFault();
    const refuse = (fault: Fault) => {
      const name = fault.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error';
      return answer(fault.status, { statusCode: fault.status, name, message: 'injected' }, fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {});
    };
    if (fault && !fault.accepted) return refuse(fault);
    const payloadHash = createHash('sha256').update(`${path}\n${raw}`).digest('hex');
    const stored = idempotencyKey ? answers.get(idempotencyKey) : undefined;
    if (stored) {
      if (stored.payloadHash !== payloadHash) return answer(409, { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key, different payload' });
      return answer(stored.status, stored.body);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return answer(400, { statusCode: 400, name: 'validation_error', message: 'Invalid JSON' });
    }
    const inputs = path === '/emails/batch' ? parsed : [parsed];
    if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > 100) {
      return answer(422, { statusCode: 422, name: 'validation_error', message: 'A batch holds 1 to 100 emails' });
    }
    const errors = (inputs as EmailInput[]).flatMap((input, index) => {
      const message = invalidity(input);
      return message ? [{ index, message }] : [];
    });
    // Strict validation (the default) refuses a batch with one invalid email; permissive takes the others.
    const permissive = path === '/emails/batch' && request.headers['x-batch-validation'] === 'permissive';
    if (errors.length && !permissive) return answer(422, { statusCode: 422, name: 'validation_error', message: errors[0]!.message });
    const refused = new Set(errors.map(({ index }) => index));
    const ids = (inputs as EmailInput[]).flatMap((input, index) => (refused.has(index) ? [] : [accept(input, idempotencyKey)]));
    const body = path === '/emails/batch' ? { data: ids, ...(permissive ? { errors } : {}) } : ids[0];
    if (idempotencyKey) answers.set(idempotencyKey, { payloadHash, status: 200, body });
    if (fault) return refuse(fault);
    answer(200, body);
  };

  const control = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (path === '/__sent') return json(response, 200, sent);
    if (path === '/__calls') return json(response, 200, calls);
    if (path === '/__reset' && request.method === 'POST') {
      reset();
      return json(response, 200, {});
    }
    if (path === '/__faults' && request.method === 'POST') {
      fail(JSON.parse(await readBody(request)) as Fault);
      return json(response, 200, {});
    }
    json(response, 404, {});
  };

  const fail = (fault: Fault) => faults.push({ ...fault, left: fault.count, until: fault.forMs === undefined ? undefined : Date.now() + fault.forMs });
  const reset = () => {
    sent.length = 0;
    calls.length = 0;
    answers.clear();
    faults = [];
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handler = path.startsWith('/__') ? control : request.method === 'POST' && (path === '/emails' || path === '/emails/batch') ? api : null;
    if (!handler) return json(response, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });
    handler(request, response, path).catch((error: unknown) => json(response, 500, { statusCode: 500, name: 'application_error', message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    sent,
    calls,
    fail,
    forgetKeys: () => answers.clear(),
    reset,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const server = await startRecordingResend({ port: Number(process.argv[2] ?? 0), keepBodies: !process.argv.includes('--recipients-only') });
  console.log(`recording Resend server at ${server.url}`);
}
