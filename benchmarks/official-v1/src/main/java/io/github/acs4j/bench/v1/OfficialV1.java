package io.github.acs4j.bench.v1;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.auth.BasicCredentials;
import com.aliyuncs.auth.Signer;
import com.aliyuncs.cms.model.v20190101.DescribeContactListRequest;
import com.aliyuncs.cms.model.v20190101.DescribeContactListResponse;
import com.aliyuncs.cms.model.v20190101.PutContactRequest;
import com.aliyuncs.cms.model.v20190101.PutContactResponse;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.regions.ProductDomain;
import io.github.acs4j.bench.Contender;

import static io.github.acs4j.bench.Fields.len;
import static io.github.acs4j.bench.Fields.num;
import static io.github.acs4j.bench.Fields.strings;

/**
 * Alibaba's official V1 SDK (aliyun-java-sdk-core + aliyun-java-sdk-cms), default options, the endpoint
 * set on each request (how that SDK is pointed at a given host), a new request object per call (they are
 * mutable and signing writes into them).
 */
public final class OfficialV1 implements Contender {
    private IAcsClient client;
    private String hostPort;
    private BasicCredentials credentials;
    private Signer signer;
    private ProductDomain domain;
    /** Sink for what the list scenario reads. */
    static long sink;

    /** Creates the contender; {@link #open} builds the client. */
    public OfficialV1() {
    }

    @Override
    public void open(String endpoint) {
        hostPort = endpoint.substring(endpoint.indexOf("://") + 3);
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, ACCESS_KEY_ID, ACCESS_KEY_SECRET));
        credentials = new BasicCredentials(ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        signer = Signer.getSigner(credentials);
        domain = new ProductDomain("Cms", hostPort);
    }

    private PutContactRequest request() {
        PutContactRequest r = new PutContactRequest();
        r.setSysEndpoint(hostPort);
        r.setSysProtocol(ProtocolType.HTTP);
        r.setContactName(CONTACT_NAME);
        r.setDescribe(DESCRIBE);
        r.setChannelsMail(MAIL);
        r.setChannelsSMS(SMS);
        r.setLang(LANG);
        return r;
    }

    @Override
    public void call() throws Exception {
        PutContactResponse r = client.getAcsResponse(request());
        if (!Boolean.TRUE.equals(r.getSuccess())) {
            throw new IllegalStateException("not a success: " + r.getCode());
        }
    }

    @Override
    public boolean lists(String scenario) {
        return scenario.equals(LIST_CMS);
    }

    /** CloudMonitor's DescribeContactList, every getter of every contact read. */
    @Override
    public int listPage(String scenario) throws Exception {
        DescribeContactListRequest q = new DescribeContactListRequest();
        q.setSysEndpoint(hostPort);
        q.setSysProtocol(ProtocolType.HTTP);
        q.setPageNumber(1);
        q.setPageSize(PAGE_ITEMS);
        DescribeContactListResponse r = client.getAcsResponse(q);
        long s = r.getRequestId().length() + r.getCode().length() + (r.getSuccess() ? 1 : 0) + r.getTotal();
        int items = 0;
        for (DescribeContactListResponse.Contact c : r.getContacts()) {
            s += len(c.getName()) + len(c.getDesc()) + len(c.getLang()) + num(c.getCreateTime()) + num(c.getUpdateTime())
                    + num(c.getContactId());
            s += len(c.getChannels().getMail()) + len(c.getChannels().getSMS()) + len(c.getChannels().getDingWebHook())
                    + len(c.getChannels().getAliIM());
            s += len(c.getChannelsState().getMail()) + len(c.getChannelsState().getSMS())
                    + len(c.getChannelsState().getDingWebHook()) + len(c.getChannelsState().getAliIM());
            s += strings(c.getContactGroups());
            items += c.getName() != null ? 1 : 0;
        }
        sink += s;
        return items;
    }

    @Override
    public boolean signs() {
        return true;
    }

    @Override
    public Object sign() throws Exception {
        return request().signRequest(signer, credentials, FormatType.JSON, domain);
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
