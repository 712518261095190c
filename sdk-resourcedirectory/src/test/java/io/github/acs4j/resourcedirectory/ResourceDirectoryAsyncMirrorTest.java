package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.testing.AsyncMirror;
import org.junit.jupiter.api.Test;

/** ResourceDirectoryAsyncClient offers every operation and paginator of ResourceDirectoryClient. */
class ResourceDirectoryAsyncMirrorTest {
    @Test
    void asyncClientMirrorsTheBlockingOne() {
        AsyncMirror.assertMirrors(ResourceDirectoryClient.class, ResourceDirectoryAsyncClient.class);
    }
}
