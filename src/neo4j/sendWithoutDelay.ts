import net from 'node:net';
import tls from 'node:tls';

let installed = false;

/**
 * Sends what the Neo4j driver writes at once, and in as few writes as it can. The driver leaves
 * Nagle's algorithm on, and a query whose parameters span more than one TCP segment (an article's
 * figures, say) then waits for the server's delayed ACK: about 40 ms per statement, measured at ~5x
 * the time of a whole article write. Without Nagle, though, each of the driver's 1,400-byte chunks
 * went out as a write call and a segment of its own (40 for an article's figure links; about 15% of
 * the ingesting process's CPU time and 3 of an article's 40 ms, measured); so the socket is corked
 * from a tick's first write until the tick ends, which sends them in one. The driver offers no socket option, so its
 * `net.connect`/`tls.connect` calls are wrapped; every other client in the process gets such
 * sockets too, as Node's own HTTP client already sends without delay.
 */
export function sendWithoutDelay(): void {
  if (installed) return;
  installed = true;
  const netConnect = net.connect;
  const tlsConnect = tls.connect;
  const withoutDelay = <T extends net.Socket>(socket: T): T => {
    socket.setNoDelay(true);
    const write = socket.write;
    let corked = false;
    socket.write = function (this: T, ...args: Parameters<T['write']>) {
      if (!corked) {
        corked = true;
        socket.cork();
        process.nextTick(() => {
          corked = false;
          socket.uncork();
        });
      }
      return write.apply(this, args);
    } as T['write'];
    return socket;
  };
  net.connect = ((...args: Parameters<typeof net.connect>) => withoutDelay(netConnect(...args))) as typeof net.connect;
  net.createConnection = net.connect;
  tls.connect = ((...args: Parameters<typeof tls.connect>) => withoutDelay(tlsConnect(...args))) as typeof tls.connect;
}
