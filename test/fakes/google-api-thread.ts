/**
 * The fake Google API server in a thread of its own: the adapters block the test's thread while
 * they wait for an answer, so the server cannot share its event loop. Messages from the test
 * (test/support/google.ts) set it up and read what it holds.
 */
import { parentPort } from 'node:worker_threads';
import { intlZone } from '../../src/adapters/memory/zone';
import { GoogleApiServer } from './google-api-server';

const server = new GoogleApiServer(intlZone);

type Message = { id: number; op: string; args: unknown[] };

parentPort!.on('message', (message: Message) => {
  void (async () => {
    try {
      const target = server as unknown as Record<string, (...a: unknown[]) => unknown>;
      let result: unknown;
      if (message.op === 'sentMail') result = server.sentMail;
      else if (message.op === 'seen') result = server.seen;
      else if (message.op === 'permissions')
        result = server.permissions.get(String(message.args[0])) ?? [];
      else if (message.op === 'sheetNames')
        result = server.spreadsheets.get(String(message.args[0]))?.sheets.map((s) => s.title) ?? [];
      else result = await target[message.op]!.apply(server, message.args);
      parentPort!.postMessage({ id: message.id, result });
    } catch (error) {
      parentPort!.postMessage({ id: message.id, error: String(error) });
    }
  })();
});
