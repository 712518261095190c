package io.github.acs4j.arms;

import io.github.acs4j.core.testing.AsyncMirror;
import org.junit.jupiter.api.Test;

/** ArmsAsyncClient offers every operation and paginator of ArmsClient. */
class ArmsAsyncMirrorTest {
    @Test
    void asyncClientMirrorsTheBlockingOne() {
        AsyncMirror.assertMirrors(ArmsClient.class, ArmsAsyncClient.class);
    }
}
