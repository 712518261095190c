package io.github.acs4j.core.testing;

import okhttp3.mockwebserver.MockResponse;

/**
 * MockWebServer answers shaped like Alibaba Cloud's.
 */
public final class Bodies {
    private Bodies() {
    }

    /** @param status HTTP status @param json body @return a JSON answer */
    public static MockResponse json(int status, String json) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json;charset=utf-8")
                .setBody(json);
    }

    /**
     * @param status HTTP status
     * @param code error code
     * @param message error message
     * @param requestId RequestId
     * @return a standard POP error answer
     */
    public static MockResponse error(int status, String code, String message, String requestId) {
        return json(status, "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"metrics.example\",\"Code\":\"" + code
                + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://next.api.example/troubleshoot?q="
                + code + "\"}");
    }
}
