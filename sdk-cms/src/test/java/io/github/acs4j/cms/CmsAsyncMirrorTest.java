package io.github.acs4j.cms;

import io.github.acs4j.core.testing.AsyncMirror;
import org.junit.jupiter.api.Test;

/** CmsAsyncClient offers every operation and paginator of CmsClient. */
class CmsAsyncMirrorTest {
    @Test
    void asyncClientMirrorsTheBlockingOne() {
        AsyncMirror.assertMirrors(CmsClient.class, CmsAsyncClient.class);
    }
}
