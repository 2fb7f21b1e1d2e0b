import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendWithoutDelay } from '../../src/neo4j/sendWithoutDelay.js';

describe('sendWithoutDelay', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns Nagle off on sockets opened through net.connect, as the driver opens them', async () => {
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const noDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    sendWithoutDelay();
    sendWithoutDelay();
    const port = (server.address() as net.AddressInfo).port;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.on('close', resolve));
    server.close();
    expect(noDelay).toHaveBeenCalledWith(true);
    expect(noDelay).toHaveBeenCalledTimes(1);
  });

  it("sends the writes of one tick together, as the driver writes a message's chunks, and all of them", async () => {
    let received = '';
    const done = new Promise<void>((resolve) => {
      const server = net.createServer((socket) => {
        socket.on('data', (data) => (received += data.toString()));
        socket.on('end', () => {
          server.close();
          resolve();
        });
      });
      server.listen(0, '127.0.0.1', () => {
        sendWithoutDelay();
        const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1', () => {
          const cork = vi.spyOn(socket, 'cork');
          const uncork = vi.spyOn(socket, 'uncork');
          for (const chunk of ['a', 'b', 'c']) socket.write(chunk);
          expect([cork.mock.calls.length, uncork.mock.calls.length]).toEqual([1, 0]);
          process.nextTick(() => {
            expect(uncork).toHaveBeenCalledTimes(1);
            socket.write('d');
            socket.end();
          });
        });
      });
    });
    await done;
    expect(received).toBe('abcd');
  });
});
