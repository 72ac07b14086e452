package org.prefcenter.it.postgres;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder between PrefCenter and PostgreSQL that a test can cut, to take the database away
 * from the server without touching the database itself: {@link #cut()} drops every open connection
 * and refuses new ones, as a stopped or unreachable PostgreSQL does; {@link #restore()} brings it back.
 */
final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    /** What each connection's client sent, when recording (see {@link #recording}). */
    private final List<ByteArrayOutputStream> sent = new CopyOnWriteArrayList<>();
    private final boolean record;
    private volatile ServerSocket listener;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this(targetHost, targetPort, false);
    }

    private TcpProxy(String targetHost, int targetPort, boolean record) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.record = record;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** A proxy that also keeps every byte the clients send, for {@link #sentByClients()}. */
    static TcpProxy recording(String targetHost, int targetPort) throws IOException {
        return new TcpProxy(targetHost, targetPort, true);
    }

    int port() {
        return port;
    }

    /** The local ports of the open connections to the database: what PostgreSQL lists as their client_port. */
    List<Integer> databaseSidePorts() {
        return sockets.stream().filter(socket -> socket.getPort() == targetPort && !socket.isClosed())
                .map(Socket::getLocalPort).toList();
    }

    /** What the clients sent so far, one byte array per connection. */
    List<byte[]> sentByClients() {
        List<byte[]> streams = new ArrayList<>();
        for (ByteArrayOutputStream stream : sent) {
            synchronized (stream) {
                streams.add(stream.toByteArray());
            }
        }
        return streams;
    }

    /** Closes the listener and every forwarded connection: PostgreSQL is gone. */
    synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** Listens on the same port again: PostgreSQL is back. */
    synchronized void restore() throws IOException {
        listener = listen(port);
        accept(listener);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        return socket;
    }

    private void accept(ServerSocket server) {
        daemon("proxy-accept-" + port, () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket database = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(database);
                    if (server.isClosed()) { // cut while this one was connecting
                        closeQuietly(client);
                        closeQuietly(database);
                        return;
                    }
                    ByteArrayOutputStream copy = null;
                    if (record) {
                        copy = new ByteArrayOutputStream();
                        sent.add(copy);
                    }
                    pump(client, database, copy);
                    pump(database, client, null);
                } catch (IOException closed) {
                    // the listener was cut, or the database refused: the caller sees a closed socket
                }
            }
        });
    }

    private void pump(Socket from, Socket to, ByteArrayOutputStream copy) {
        daemon("proxy-pump-" + port, () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    if (copy != null) {
                        synchronized (copy) {
                            copy.write(buffer, 0, read);
                        }
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
