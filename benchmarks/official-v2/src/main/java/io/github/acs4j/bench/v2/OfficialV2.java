package io.github.acs4j.bench.v2;

import com.aliyun.cms20190101.Client;
import com.aliyun.cms20190101.models.DescribeContactListRequest;
import com.aliyun.cms20190101.models.DescribeContactListResponseBody;
import com.aliyun.cms20190101.models.PutContactRequest;
import com.aliyun.cms20190101.models.PutContactResponse;
import com.aliyun.tea.TeaRequest;
import com.aliyun.teaopenapi.models.Config;
import io.github.acs4j.bench.Contender;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.github.acs4j.bench.Fields.len;
import static io.github.acs4j.bench.Fields.num;
import static io.github.acs4j.bench.Fields.strings;

/**
 * Alibaba's official V2 SDK (cms20190101, Tea/Darabonba), default options but the endpoint and
 * {@code http}, a new request object per call.
 */
public final class OfficialV2 implements Contender {
    private static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private Client client;
    private String hostPort;
    /** Sink for what the list scenario reads. */
    static long sink;

    /** Creates the contender; {@link #open} builds the client. */
    public OfficialV2() {
    }

    @Override
    public void open(String endpoint) throws Exception {
        hostPort = endpoint.substring(endpoint.indexOf("://") + 3);
        client = new Client(new Config()
                .setAccessKeyId(ACCESS_KEY_ID)
                .setAccessKeySecret(ACCESS_KEY_SECRET)
                .setRegionId(REGION)
                .setEndpoint(hostPort)
                .setProtocol("http"));
    }

    private static PutContactRequest request() {
        return new PutContactRequest()
                .setContactName(CONTACT_NAME)
                .setDescribe(DESCRIBE)
                .setLang(LANG)
                .setChannels(new PutContactRequest.PutContactRequestChannels().setMail(MAIL).setSMS(SMS));
    }

    @Override
    public void call() throws Exception {
        PutContactResponse r = client.putContact(request());
        if (r.getBody() == null || !Boolean.TRUE.equals(r.getBody().getSuccess())) {
            throw new IllegalStateException("not a success: " + r.getStatusCode());
        }
    }

    @Override
    public boolean lists(String scenario) {
        return scenario.equals(LIST_CMS);
    }

    /** CloudMonitor's DescribeContactList, every getter of every contact read. */
    @Override
    public int listPage(String scenario) throws Exception {
        DescribeContactListResponseBody r = client.describeContactList(new DescribeContactListRequest()
                .setPageNumber(1).setPageSize(PAGE_ITEMS)).getBody();
        long s = r.getRequestId().length() + r.getCode().length() + (r.getSuccess() ? 1 : 0) + r.getTotal();
        int items = 0;
        for (DescribeContactListResponseBody.DescribeContactListResponseBodyContactsContact c : r.getContacts().getContact()) {
            s += len(c.getName()) + len(c.getDesc()) + len(c.getLang()) + num(c.getCreateTime()) + num(c.getUpdateTime());
            s += len(c.getChannels().getMail()) + len(c.getChannels().getSMS()) + len(c.getChannels().getDingWebHook())
                    + len(c.getChannels().getAliIM());
            s += len(c.getChannelsState().getMail()) + len(c.getChannelsState().getSMS())
                    + len(c.getChannelsState().getDingWebHook()) + len(c.getChannelsState().getAliIM());
            s += c.getContactGroups() == null ? 0 : strings(c.getContactGroups().getContactGroup());
            items += c.getName() != null ? 1 : 0;
        }
        sink += s;
        return items;
    }

    @Override
    public boolean signs() {
        return true;
    }

    /**
     * The SDK signs inside its send method, so this repeats its steps (tea-openapi 0.2.8
     * {@code doRequest}) with its own utilities: parameters flattened into the query, the common headers,
     * the hash of the empty body, the ACS3 authorization.
     */
    @Override
    public Object sign() throws Exception {
        PutContactRequest r = request();
        Map<String, Object> q = new HashMap<>();
        q.put("ContactName", r.getContactName());
        q.put("Describe", r.getDescribe());
        q.put("Lang", r.getLang());
        q.put("Channels", r.getChannels());
        TeaRequest t = new TeaRequest();
        t.protocol = "http";
        t.method = "POST";
        t.pathname = "/";
        t.query = com.aliyun.openapiutil.Client.query(q);
        t.headers = new HashMap<>();
        t.headers.put("host", hostPort);
        t.headers.put("x-acs-version", "2019-01-01");
        t.headers.put("x-acs-action", "PutContact");
        t.headers.put("user-agent", "AlibabaCloud benchmark");
        t.headers.put("x-acs-date", com.aliyun.openapiutil.Client.getTimestamp());
        t.headers.put("x-acs-signature-nonce", com.aliyun.teautil.Common.getNonce());
        t.headers.put("accept", "application/json");
        String payload = com.aliyun.openapiutil.Client.hexEncode(
                com.aliyun.openapiutil.Client.hash("".getBytes(StandardCharsets.UTF_8), ALGORITHM));
        t.headers.put("x-acs-content-sha256", payload);
        t.headers.put("Authorization", com.aliyun.openapiutil.Client.getAuthorization(t, ALGORITHM, payload,
                ACCESS_KEY_ID, ACCESS_KEY_SECRET));
        return t.headers.get("Authorization");
    }

    @Override
    public void close() {
        // the SDK has nothing to close; its OkHttp clients live in a static cache
    }
}
