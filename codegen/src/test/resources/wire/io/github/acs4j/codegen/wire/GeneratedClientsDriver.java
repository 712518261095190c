package io.github.acs4j.codegen.wire;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.MessageType;

import java.net.URI;

/**
 * Calls the generated clients as a user would, compiled beside the generated sources; the wire test runs each
 * method against a MockWebServer and checks what crossed the wire.
 */
public final class GeneratedClientsDriver {
    private GeneratedClientsDriver() {
    }

    /**
     * @param endpoint the mock server
     * @return the answer's Code
     */
    public static String cmsPutContactGroup(URI endpoint) {
        try (CmsClient cms = cms(endpoint)) {
            return cms.putContactGroup(r -> r.contactGroupName("ops").contactNames("alice", "bob").describe("on call"))
                    .code();
        }
    }

    /**
     * @param endpoint the mock server
     * @return what the typed answer holds
     */
    public static String cmsDescribeContactList(URI endpoint) {
        try (CmsClient cms = cms(endpoint)) {
            DescribeContactListResponse r = cms.describeContactList(b -> b.pageNumber(2).pageSize(10));
            return r.code() + "|" + r.total() + "|" + r.contacts().get(0).name() + "|"
                    + r.contacts().get(0).channels().mail() + "|" + r.contacts().get(0).contactGroups() + "|"
                    + r.contacts().get(0).createTime();
        }
    }

    /**
     * @param endpoint the mock server (never called: validation fails first)
     * @return the exception's message
     */
    public static String cmsPutContactGroupWithoutNames(URI endpoint) {
        try (CmsClient cms = cms(endpoint)) {
            cms.putContactGroup(r -> r.contactGroupName("ops"));
            return "sent";
        } catch (AcsClientException e) {
            return e.getMessage();
        }
    }

    /**
     * @param endpoint the mock server
     * @return what the typed answer holds
     */
    public static String armsSearchAlertContact(URI endpoint) {
        try (ArmsClient arms = ArmsClient.builder().region("cn-hangzhou").endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .retryStrategy(RetryStrategy.none()).build()) {
            SearchAlertContactResponse r = arms.searchAlertContact(b -> b.contactIds(12L, 34L).currentPage(1));
            return r.totalCount() + "|" + r.contacts().get(0).contactId() + "|" + r.contacts().get(0).email();
        }
    }

    /**
     * @param endpoint the mock server
     * @return the new contact's ID
     */
    public static String rdAddMessageContact(URI endpoint) {
        try (ResourceDirectoryClient rd = ResourceDirectoryClient.builder().region("cn-shanghai")
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(endpoint).credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .retryStrategy(RetryStrategy.none()).build()) {
            return rd.addMessageContact(r -> r.name("Alice").emailAddress("alice@example.com")
                    .title(ContactTitle.TECHNICAL_DIRECTOR)
                    .messageTypes(MessageType.FAULT_MESSAGE, MessageType.SECURITY_MESSAGE)).contact().contactId();
        }
    }

    /**
     * Sends one invalid request, picked by name, through the generated clients.
     *
     * @param endpoint the mock server (never called: validation fails first)
     * @param which the case
     * @return the exception's message, or {@code sent} when nothing refused the request
     */
    public static String refused(URI endpoint, String which) {
        try (CmsClient cms = cms(endpoint);
             ArmsClient arms = ArmsClient.builder().region("cn-hangzhou").endpointOverride(endpoint)
                     .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
             ResourceDirectoryClient rd = ResourceDirectoryClient.builder().region("cn-shanghai")
                     .endpointOverride(endpoint).credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                     .build()) {
            switch (which) {
                case "PutContact without name":
                    cms.putContact(r -> r.describe("d").channelsMail("a@example.com"));
                    break;
                case "PutContactGroup with 101 names":
                    String[] names = new String[101];
                    java.util.Arrays.fill(names, "n");
                    cms.putContactGroup(r -> r.contactGroupName("g").contactNames(names));
                    break;
                case "DescribeContactListByContactGroup blank":
                    cms.describeContactListByContactGroup(r -> r.contactGroupName(" "));
                    break;
                case "SearchAlertContact page 0":
                    arms.searchAlertContact(r -> r.currentPage(0));
                    break;
                case "SearchAlertContact null id":
                    arms.searchAlertContact(r -> r.contactIds(java.util.Arrays.asList(1L, null)));
                    break;
                case "UpdateAlertContact no channel":
                    arms.updateAlertContact(r -> r.contactId(1L));
                    break;
                case "AddMessageContact short name":
                    rd.addMessageContact(r -> r.name("a").emailAddress("a@example.com").title("CEO")
                            .messageTypes("FaultMessage"));
                    break;
                case "AddMessageContact name with digit":
                    rd.addMessageContact(r -> r.name("tom1").emailAddress("a@example.com").title("CEO")
                            .messageTypes("FaultMessage"));
                    break;
                case "UpdateMessageContact nothing":
                    rd.updateMessageContact(r -> r.contactId("c-1"));
                    break;
                case "AssociateMembers twice":
                    rd.associateMembers(r -> r.contactId("c-1").members("fd-1", "fd-1"));
                    break;
                default:
                    throw new IllegalArgumentException(which);
            }
            return "sent";
        } catch (AcsClientException e) {
            return e.getMessage();
        }
    }

    private static CmsClient cms(URI endpoint) {
        return CmsClient.builder().region("cn-hangzhou").endpointOverride(endpoint)
                .signatureVersion(SignatureVersion.V1)
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .retryStrategy(RetryStrategy.none()).build();
    }
}
