package io.github.acs4j.core.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What tests look at in an exception the SDK threw: all of its text, and whether it survives serialization.
 */
public final class Thrown {
    private Thrown() {
    }

    /**
     * @param t an exception
     * @return its stack trace text, which holds the message of it, of every cause and of every suppressed one
     */
    public static String allText(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /**
     * @param o a serializable object
     * @param <T> its type
     * @return the object written with {@link ObjectOutputStream} and read back
     * @throws IOException when it cannot be written (e.g. {@code NotSerializableException})
     * @throws ClassNotFoundException never, in one JVM
     */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
