package io.github.acs4j.core.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.internal.Json;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the text of credential files and answers without ever quoting it: these texts hold secrets, and a
 * parser's own message quotes the token it stopped at (often the secret). A parse failure says where
 * (line, column) and in which key, and keeps no cause. Text saved by Windows editors (a UTF-8 or UTF-16
 * byte-order mark, CRLF line endings) reads like any other.
 */
final class CredentialsText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Keys that are named in a parse failure; any other key might be a misplaced secret, so it is not. */
    private static final Set<String> KNOWN_KEYS = new HashSet<>(Arrays.asList(
            "current", "profiles", "name", "mode", "access_key_id", "access_key_secret", "sts_token",
            "ram_role_arn", "ram_session_name", "expired_seconds", "ram_role_name", "region_id", "output_format",
            "language", "meta", "AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration", "Code",
            "LastUpdated", "Message", "RequestId", "Credentials"));

    private CredentialsText() {
    }

    /**
     * @param file a credential file
     * @param what how messages name the file, e.g. "The CLI profile file /home/me/.aliyun/config.json"
     * @return its text without a leading byte-order mark: UTF-8, or UTF-16 when such a mark says so (as
     *     Notepad's "Unicode" writes it)
     */
    static String read(Path file, String what) {
        try {
            byte[] b = Files.readAllBytes(file);
            Charset charset = b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE ? StandardCharsets.UTF_16LE
                    : b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_8;
            return withoutByteOrderMark(new String(b, charset));
        } catch (IOException e) {
            // an I/O failure names the path and the reason, never the content
            throw new AcsClientException(what + " cannot be read (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    /**
     * @param text a JSON text holding credentials
     * @param what how messages name its source
     * @return the parsed value (null for an empty text)
     * @throws AcsClientException naming the line, column and key where the syntax breaks; no cause, no content
     */
    static JsonNode json(String text, String what) {
        JsonParser parser = null;
        try {
            parser = Json.mapper().getFactory().createParser(withoutByteOrderMark(text));
            return Json.mapper().readTree(parser);
        } catch (JsonProcessingException e) {
            throw new AcsClientException(what + " is not valid JSON: " + position(e.getLocation())
                    + key(parser) + " (the content is not shown, as it may hold a secret).");
        } catch (IOException e) {
            throw new AcsClientException(what + " could not be parsed (" + e.getClass().getSimpleName() + ").");
        }
    }

    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static String position(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "the syntax breaks at an unknown position"
                : "the syntax breaks at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String key(JsonParser parser) {
        String name = parser == null || parser.getParsingContext() == null ? null
                : parser.getParsingContext().getCurrentName();
        if (name == null) {
            return "";
        }
        return KNOWN_KEYS.contains(name) ? ", in key '" + name + "'" : ", after a key it does not know (not shown)";
    }
}
