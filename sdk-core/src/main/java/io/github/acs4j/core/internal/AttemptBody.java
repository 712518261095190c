package io.github.acs4j.core.internal;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

import java.io.IOException;

/**
 * The body of one attempt (a form, or empty), which also names the attempt it belongs to. OkHttp's request tags would
 * do the same, but every {@code Request} rebuilt on the way (OkHttp rebuilds it per call) copies the tag
 * map; the body is passed along as it is.
 */
final class AttemptBody extends RequestBody {
    static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    final Attempt attempt;
    private final byte[] bytes;
    private final MediaType type;

    /** @param type the content type, or null for none (an empty ACS3 or ROA body) */
    AttemptBody(Attempt attempt, byte[] bytes, MediaType type) {
        this.attempt = attempt;
        this.bytes = bytes;
        this.type = type;
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes);
    }
}
