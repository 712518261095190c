package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.ResponseMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A response reader that reads the success body straight from Jackson's streaming parser into the model,
 * without a tree; the generated readers are these. The pipeline gives it the parser and a
 * {@link StreamedAnswer}, which learns the envelope and the required fields on the way, so the answer is
 * classified and checked for completeness in the same pass. It is still a {@link ResponseReader}: given a
 * tree, it reads the tree's tokens the same way (for callers that hold one).
 *
 * @param <R> the response type
 */
public abstract class StreamingResponseReader<R> implements ResponseReader<R> {
    /** For subclasses. */
    protected StreamingResponseReader() {
    }

    /**
     * Reads one body: what a generated reader method does.
     *
     * @param <R> the response type
     */
    @FunctionalInterface
    public interface Body<R> {
        /**
         * @param p a parser just past the body's {@code START_OBJECT}
         * @param answer takes the envelope fields and the required fields' presence; gives the metadata
         * @return the response
         * @throws IOException when the text is not JSON or ends early
         */
        R read(JsonParser p, StreamedAnswer answer) throws IOException;
    }

    /**
     * @param body reads one body (a generated method)
     * @param <R> the response type
     * @return the reader
     */
    public static <R> StreamingResponseReader<R> of(Body<R> body) {
        return new StreamingResponseReader<R>() {
            @Override
            public R read(JsonParser p, StreamedAnswer answer) throws IOException {
                return body.read(p, answer);
            }
        };
    }

    /**
     * Reads the body's object, from its first field to its end.
     *
     * @param p a parser just past the body's {@code START_OBJECT}
     * @param answer takes the envelope fields and the required fields' presence; gives the metadata
     * @return the response
     * @throws IOException when the text is not JSON or ends early
     */
    public abstract R read(JsonParser p, StreamedAnswer answer) throws IOException;

    @Override
    public final R read(JsonNode body, ResponseMetadata metadata) {
        try (JsonParser p = body.traverse()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a response body is a JSON object");
            }
            return read(p, new StreamedAnswer(metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
