/**
 * Typed request/answer over any message channel. The browser's sendMessage is passed in, so
 * this stays free of browser APIs and is unit-tested with plain functions.
 */
import type { Answer } from './protocol';
import { errorMessage } from './error-message';

export type RequestOf<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** Sends one request and unwraps its answer; a refused or failed request throws its message. */
export async function request<M, K extends keyof M & string>(
  send: (message: unknown) => Promise<unknown>,
  type: K,
  payload: RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  const answer = (await send({ type, payload })) as Answer<ResponseOf<M, K>> | undefined;
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) throw new Error(`${type}: no answer`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/**
 * Builds a receiver: validates the message with `parse`, runs its handler, and always answers
 * with an Answer, so a malformed message or a failing handler never crashes the receiver.
 */
export function createReceiver<E extends { type: string; payload: unknown }, C>(
  parse: (message: unknown) => Answer<E>,
  handlers: { [K in E['type']]: (payload: Extract<E, { type: K }>['payload'], context: C) => Promise<unknown> | unknown },
): (message: unknown, context: C) => Promise<Answer<unknown>> {
  return async (message, context) => {
    const parsed = parse(message);
    if (!parsed.ok) return parsed;
    const { type, payload } = parsed.value;
    try {
      const handler = handlers[type as E['type']] as (payload: unknown, context: C) => unknown;
      return { ok: true, value: await handler(payload, context) };
    } catch (error) {
      return { ok: false, error: `${type}: ${errorMessage(error)}` };
    }
  };
}

/** A typed `ask(type, payload)` for one receiver's requests over `send`. */
export function clientFor<M>(send: (message: unknown) => Promise<unknown>) {
  return <K extends keyof M & string>(type: K, payload: RequestOf<M, K>) => request<M, K>(send, type, payload);
}

/**
 * Retries a send that failed in transit, once, after a pause. Chrome stops an idle background
 * worker; a message caught in that moment fails with "message port closed" or "receiving end
 * does not exist", and the next one wakes the worker again. Only for requests that are safe to
 * repeat (reads, and analyses whose answer replaces the last).
 */
export function retryingOnce(send: (message: unknown) => Promise<unknown>, pauseMs = 250): (message: unknown) => Promise<unknown> {
  return (message) =>
    send(message).catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      return send(message);
    });
}
