package io.github.acs4j.bench.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads HTTP/1.1 request lines and bodies from a socket for {@link LocalServer}, from its own buffer. A
 * {@code BufferedInputStream} read byte by byte takes a lock per byte, which made the server's time grow
 * with the size of a request's head: a request carrying its parameters in the URL and a dozen signed
 * headers (ACS3) waited about 15 µs longer for its answer than a form post of the same parameters, a cost
 * of the server that showed up as the client's.
 */
final class RequestReader {
    private final InputStream in;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int limit;

    RequestReader(InputStream in) {
        this.in = in;
    }

    /** @return the next line without its CR LF (ISO-8859-1), or null at the end of the stream */
    String readLine() throws IOException {
        int start = pos;
        while (true) {
            for (int i = start; i < limit; i++) {
                if (buf[i] == '\n') {
                    int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
                    pos = i + 1;
                    return line;
                }
            }
            start = limit - pos;
            if (!fill()) {
                return null;
            }
            start += pos;
        }
    }

    /** @return exactly {@code n} bytes */
    byte[] readFully(int n) throws IOException {
        byte[] b = new byte[n];
        int off = 0;
        while (off < n) {
            if (pos == limit && !fill()) {
                throw new IOException("body cut short");
            }
            int k = Math.min(n - off, limit - pos);
            System.arraycopy(buf, pos, b, off, k);
            pos += k;
            off += k;
        }
        return b;
    }

    /** @return a chunked body, trailers skipped */
    byte[] readChunked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = readLine();
            if (size == null) {
                throw new IOException("chunked body cut short");
            }
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                while (true) {
                    String trailer = readLine();
                    if (trailer == null || trailer.isEmpty()) {
                        return out.toByteArray();
                    }
                }
            }
            out.write(readFully(n));
            readLine();
        }
    }

    /** Moves what is unread to the front and reads more. @return false at the end of the stream */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            throw new IOException("a line longer than " + buf.length + " bytes");
        }
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) {
            return false;
        }
        limit += r;
        return true;
    }
}
