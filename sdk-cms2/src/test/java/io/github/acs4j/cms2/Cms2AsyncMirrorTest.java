package io.github.acs4j.cms2;

import io.github.acs4j.core.testing.AsyncMirror;
import org.junit.jupiter.api.Test;

/** Cms2AsyncClient offers every operation and paginator of Cms2Client. */
class Cms2AsyncMirrorTest {
    @Test
    void asyncClientMirrorsTheBlockingOne() {
        AsyncMirror.assertMirrors(Cms2Client.class, Cms2AsyncClient.class);
    }
}
