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
});
