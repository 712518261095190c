package io.github.acs4j.bench.acs4j;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.bench.Contender;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactChannels;
import io.github.acs4j.cms.model.ContactChannelsState;
import io.github.acs4j.cms.model.DescribeContactListRequest;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.MessageContact;

import java.net.URI;
import java.time.Instant;

import static io.github.acs4j.bench.Fields.len;
import static io.github.acs4j.bench.Fields.strings;

/**
 * acs4j's list pages: one call of each product's largest list with default client options, then every
 * getter of every item read, as the floor walks every field of its tree.
 */
final class Acs4jLists implements AutoCloseable {
    private final CmsClient cms;
    private final ArmsClient arms;
    private final ResourceDirectoryClient rd;
    /** Sink for what is read, so that nothing can be optimised away. */
    private long sink;

    Acs4jLists(String endpoint) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(Contender.ACCESS_KEY_ID,
                Contender.ACCESS_KEY_SECRET);
        URI uri = URI.create(endpoint);
        cms = CmsClient.builder().region(Contender.REGION).endpointOverride(uri).credentialsProvider(credentials).build();
        arms = ArmsClient.builder().region(Contender.REGION).endpointOverride(uri).credentialsProvider(credentials).build();
        rd = ResourceDirectoryClient.builder().region(Contender.REGION).endpointOverride(uri)
                .credentialsProvider(credentials).build();
    }

    int page(String scenario) {
        switch (scenario) {
            case Contender.LIST_CMS: return cms();
            case Contender.LIST_ARMS: return arms();
            default: return rd();
        }
    }

    private int cms() {
        DescribeContactListResponse r = cms.describeContactList(DescribeContactListRequest.builder()
                .pageNumber(1).pageSize(Contender.PAGE_ITEMS).build());
        long s = r.requestId().length() + r.code().length() + (r.success() ? 1 : 0) + r.total();
        int items = 0;
        for (Contact c : r.contacts()) {
            s += len(c.name()) + len(c.desc()) + len(c.lang()) + millis(c.createTime()) + millis(c.updateTime())
                    + (c.contactId() == null ? 0 : c.contactId());
            ContactChannels ch = c.channels();
            s += len(ch.mail()) + len(ch.sms()) + len(ch.dingWebHook()) + len(ch.aliIm());
            ContactChannelsState st = c.channelsState();
            s += len(st.mail()) + len(st.sms()) + len(st.dingWebHook()) + len(st.aliIm());
            s += strings(c.contactGroups());
            items += c.name() != null ? 1 : 0;
        }
        sink += s;
        return items;
    }

    private int arms() {
        SearchAlertContactResponse r = arms.searchAlertContact(SearchAlertContactRequest.builder()
                .currentPage(1).pageSize(Contender.PAGE_ITEMS).build());
        long s = r.requestId().length() + r.pageNumber() + r.pageSize() + r.totalCount();
        int items = 0;
        for (AlertContact c : r.contacts()) {
            s += c.contactId() + len(c.contactName()) + len(c.phone()) + len(c.email()) + len(c.dingRobot())
                    + len(c.webhook()) + (Boolean.TRUE.equals(c.systemNoc()) ? 1 : 0) + len(c.content())
                    + len(c.userId()) + len(c.resourceGroupId()) + millis(c.createTime()) + millis(c.updateTime());
            items += c.contactName() != null ? 1 : 0;
        }
        sink += s;
        return items;
    }

    private int rd() {
        ListMessageContactsResponse r = rd.listMessageContacts(ListMessageContactsRequest.builder()
                .pageNumber(1).pageSize(Contender.PAGE_ITEMS).build());
        long s = r.requestId().length() + r.totalCount() + r.pageNumber() + r.pageSize();
        int items = 0;
        for (MessageContact c : r.contacts()) {
            s += len(c.contactId()) + len(c.name()) + len(c.emailAddress()) + len(c.phoneNumber()) + len(c.title())
                    + len(c.status()) + len(c.createDate()) + len(c.associatedDate()) + strings(c.messageTypes())
                    + strings(c.members());
            items += c.name() != null ? 1 : 0;
        }
        sink += s;
        return items;
    }

    private static long millis(Instant t) {
        return t == null ? 0 : t.toEpochMilli();
    }

    @Override
    public void close() {
        cms.close();
        arms.close();
        rd.close();
        if (sink == 42) {
            System.out.print("");
        }
    }
}
