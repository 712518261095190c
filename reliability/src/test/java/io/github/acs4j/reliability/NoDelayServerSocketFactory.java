package io.github.acs4j.reliability;

import javax.net.ServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Server sockets whose accepted connections have Nagle's algorithm off. MockWebServer writes a response's
 * headers and body separately; with Nagle on, the body waits for the client's delayed ACK (about 40 ms
 * on Linux), which would make a 10,000-call test take minutes for no reason of the SDK's.
 */
final class NoDelayServerSocketFactory extends ServerSocketFactory {

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket s = super.accept();
                s.setTcpNoDelay(true);
                return s;
            }
        };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
}
