package io.github.acs4j.emulator;

/**
 * One Alibaba Cloud account of the emulator: its AccessKey and its own contacts in each product. Its
 * monitor is the lock every operation on it holds.
 */
final class Account {
    private final String accessKeyId;
    private final String accessKeySecret;
    private final int resourceDirectoryContactLimit;
    private CmsStore cms;
    private ArmsStore arms;
    private ResourceDirectoryStore rd;
    private CloudMonitor2Store cloudMonitor2;

    Account(String accessKeyId, String accessKeySecret, int resourceDirectoryContactLimit) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.resourceDirectoryContactLimit = resourceDirectoryContactLimit;
        clear();
    }

    String accessKeyId() {
        return accessKeyId;
    }

    String accessKeySecret() {
        return accessKeySecret;
    }

    /** @return a stable numeric account ID, as ARMS reports in {@code UserId} */
    String uid() {
        return String.valueOf(1_000_000_000_000_000L + (accessKeyId.hashCode() & 0x7fffffffL));
    }

    CmsStore cms() {
        return cms;
    }

    ArmsStore arms() {
        return arms;
    }

    ResourceDirectoryStore rd() {
        return rd;
    }

    CloudMonitor2Store cloudMonitor2() {
        return cloudMonitor2;
    }

    /** Forgets every contact, group and message contact. */
    synchronized void clear() {
        cms = new CmsStore();
        arms = new ArmsStore();
        rd = new ResourceDirectoryStore(resourceDirectoryContactLimit);
        cloudMonitor2 = new CloudMonitor2Store();
    }
}
