import net from 'node:net';
import tls from 'node:tls';

let installed = false;

/**
 * Turns off Nagle's algorithm on the sockets the Neo4j driver opens. The driver leaves it on, and a
 * query whose parameters span more than one TCP segment (an article's figures, say) then waits for
 * the server's delayed ACK: about 40 ms per statement, measured at ~5x the time of a whole article
 * write. The driver offers no socket option, so its `net.connect`/`tls.connect` calls are wrapped;
 * every other client in the process gets no-delay sockets too, as Node's own HTTP client already does.
 */
export function sendWithoutDelay(): void {
  if (installed) return;
  installed = true;
  const netConnect = net.connect;
  const tlsConnect = tls.connect;
  const withoutDelay = <T extends net.Socket>(socket: T): T => socket.setNoDelay(true);
  net.connect = ((...args: Parameters<typeof net.connect>) => withoutDelay(netConnect(...args))) as typeof net.connect;
  net.createConnection = net.connect;
  tls.connect = ((...args: Parameters<typeof tls.connect>) => withoutDelay(tlsConnect(...args))) as typeof tls.connect;
}
