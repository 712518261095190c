package io.github.acs4j.reliability;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor and ARMS validation rules at their boundaries: the last accepted value is sent exactly
 * once, the first refused value sends nothing and names the field. (Resource Directory's boundaries are
 * in its module's ResourceDirectoryValidationTest.)
 */
@Order(7)
class ValidationBoundariesTest {
    Harness h;
    CmsClient cms;
    ArmsClient arms;
    int boundaries;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
        h.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return Bodies.json(200, "{\"Code\":\"200\",\"Success\":true,\"RequestId\":\"ok\",\"ContactId\":\"1\",\"IsSuccess\":true,"
                        + "\"ContactGroupId\":\"2\",\"AlertContact\":{\"ContactId\":1},\"AlertContactGroup\":{\"ContactGroupId\":2},"
                        + "\"WebhookContact\":{\"WebhookId\":3},\"AlertRobot\":{\"RobotId\":4},"
                        + "\"PageBean\":{\"TotalCount\":0,\"Total\":0}}");
            }
        });
        cms = h.cms().build();
        arms = ArmsClient.builder().endpointOverride(h.server.url("/").uri()).region("cn-hangzhou")
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET))
                .retryStrategy(h.retry()).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        arms.close();
        h.close();
    }

    void accepted(Runnable call) {
        int before = h.server.getRequestCount();
        Leaks.record(call).run();
        assertEquals(before + 1, h.server.getRequestCount());
        boundaries++;
    }

    void refused(String field, Runnable call) {
        int before = h.server.getRequestCount();
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, call::run));
        assertTrue(e.getMessage().contains(field) && e.getMessage().contains("Nothing was sent"), e.getMessage());
        assertEquals(before, h.server.getRequestCount());
        boundaries++;
    }

    static List<String> names(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add("c" + i);
        }
        return l;
    }

    @Test
    void cloudMonitorRules() {
        Consumer<io.github.acs4j.cms.model.PutContactRequest.Builder> base = b -> b.contactName("n").describe("d");
        accepted(() -> cms.putContact(b -> base.andThen(x -> x.channelsAliIm("im")).accept(b)));
        refused("Channels", () -> cms.putContact(base));
        refused("Channels", () -> cms.putContact(b -> base.andThen(x -> x.channelsAliIm("").channelsSms(" ")).accept(b)));
        refused("ContactName", () -> cms.putContact(b -> b.contactName(" ").describe("d").channelsAliIm("im")));
        refused("Describe", () -> cms.putContact(b -> b.contactName("n").describe("").channelsAliIm("im")));
        accepted(() -> cms.putContact(b -> base.andThen(x -> x.channelsMail("a@b.co")).accept(b)));
        refused("Channels.Mail", () -> cms.putContact(b -> base.andThen(x -> x.channelsMail("a@b")).accept(b)));
        refused("Channels.Mail", () -> cms.putContact(b -> base.andThen(x -> x.channelsMail("@b.co")).accept(b)));
        for (String lang : new String[]{"zh-cn", "en"}) {
            accepted(() -> cms.putContact(b -> base.andThen(x -> x.channelsAliIm("im").lang(lang)).accept(b)));
        }
        for (String lang : new String[]{"EN", "zh-CN", "zh", ""}) {
            refused("Lang", () -> cms.putContact(b -> base.andThen(x -> x.channelsAliIm("im").lang(lang)).accept(b)));
        }
        refused("ContactNames", () -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames(Collections.<String>emptyList())));
        accepted(() -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames(names(1))));
        accepted(() -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames(names(100))));
        refused("ContactNames", () -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames(names(101))));
        refused("ContactNames.2", () -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames("a", " ")));
        accepted(() -> cms.describeContactList(b -> b.pageNumber(1).pageSize(1)));
        refused("PageNumber", () -> cms.describeContactList(b -> b.pageNumber(0)));
        refused("PageSize", () -> cms.describeContactGroupList(b -> b.pageSize(0)));
        refused("ChanelType", () -> cms.describeContactList(b -> b.chanelType("Email")));
        refused("ContactName", () -> cms.deleteContact(b -> b.contactName("")));
        refused("ContactGroupName", () -> cms.deleteContactGroup(b -> b.contactGroupName(null)));
        Figures.record("CloudMonitor validation boundaries", boundaries + " boundary values, refusals sent nothing",
                h.server.getRequestCount());
    }

    @Test
    void armsRules() {
        accepted(() -> arms.createAlertContact(b -> b.contactName("n").phoneNum("13800000000")));
        accepted(() -> arms.createAlertContact(b -> b.contactName("n").dingRobotWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=x")));
        refused("PhoneNum", () -> arms.createAlertContact(b -> b.contactName("n")));
        refused("PhoneNum", () -> arms.createAlertContact(b -> b.contactName("n").phoneNum("").email(" ")));
        refused("Email", () -> arms.createAlertContact(b -> b.contactName("n").email("no-at-sign")));
        accepted(() -> arms.updateAlertContact(b -> b.contactId(1L).email("a@b.co")));
        refused("ContactId", () -> arms.updateAlertContact(b -> b.email("a@b.co")));
        refused("PhoneNum", () -> arms.updateAlertContact(b -> b.contactId(1L)));
        refused("ContactId", () -> arms.deleteAlertContact(b -> b.regionId("cn-hangzhou")));
        accepted(() -> arms.searchAlertContact(b -> b.currentPage(1).pageSize(1)));
        refused("CurrentPage", () -> arms.searchAlertContact(b -> b.currentPage(0)));
        refused("PageSize", () -> arms.searchAlertContact(b -> b.pageSize(0)));
        Figures.record("ARMS validation boundaries", boundaries + " boundary values, refusals sent nothing",
                h.server.getRequestCount());
    }

    @Test
    void armsContactSurfaceRules() {
        String url = "https://hooks.example.com/a";
        String body500 = new String(new char[500]).replace('\0', 'x');
        accepted(() -> arms.createWebhook(b -> b.contactName("n").method("Post").url(url).body(body500)));
        refused("Body", () -> arms.createWebhook(b -> b.contactName("n").method("Post").url(url).body(body500 + "x")));
        refused("Body", () -> arms.createWebhook(b -> b.contactName("n").method("Post").url(url)));
        accepted(() -> arms.createWebhook(b -> b.contactName("n").method("Get").url(url)));
        refused("Method", () -> arms.createWebhook(b -> b.contactName("n").method("Put").url(url)));
        accepted(() -> arms.createOrUpdateWebhookContact(b -> b.webhookName("n").method("Post").url(url).body(body500)));
        refused("Body", () -> arms.createOrUpdateWebhookContact(b -> b.webhookName("n").method("Post").url(url)
                .body(body500 + "x")));
        accepted(() -> arms.createOrUpdateContact(b -> b.contactName("n").email("a@b.co").reissueSendNotice(0L)));
        accepted(() -> arms.createOrUpdateContact(b -> b.contactName("n").email("a@b.co").reissueSendNotice(3L)));
        refused("ReissueSendNotice", () -> arms.createOrUpdateContact(b -> b.contactName("n").email("a@b.co")
                .reissueSendNotice(-1L)));
        refused("ReissueSendNotice", () -> arms.createOrUpdateContact(b -> b.contactName("n").email("a@b.co")
                .reissueSendNotice(4L)));
        refused("Phone, Email", () -> arms.createOrUpdateContact(b -> b.contactName("n")));
        accepted(() -> arms.createOrUpdateIMRobot(b -> b.robotName("n").type("feishu").robotAddress(url).dailyNoc(true)
                .dailyNocTime("00:00,23:59")));
        refused("DailyNocTime", () -> arms.createOrUpdateIMRobot(b -> b.robotName("n").type("feishu").robotAddress(url)
                .dailyNoc(true).dailyNocTime("24:00")));
        refused("DailyNocTime", () -> arms.createOrUpdateIMRobot(b -> b.robotName("n").type("feishu").robotAddress(url)
                .dailyNoc(true)));
        refused("Type", () -> arms.createOrUpdateIMRobot(b -> b.robotName("n").type("slack").robotAddress(url)));
        accepted(() -> arms.describeContacts(b -> b.page(1).size(1)));
        refused("Page", () -> arms.describeContacts(b -> b.page(0).size(1)));
        refused("Size", () -> arms.describeContacts(b -> b.page(1)));
        accepted(() -> arms.createAlertContactGroup(b -> b.contactGroupName("n").contactIds(1L, 2L)));
        refused("ContactIds", () -> arms.createAlertContactGroup(b -> b.contactGroupName("n").contactIds(1L, 1L)));
        refused("ContactGroupName", () -> arms.createOrUpdateContactGroup(b -> b.contactIds(1L)));
        Figures.record("ARMS contact-surface validation boundaries (issue 13)", boundaries
                + " boundary values, refusals sent nothing", h.server.getRequestCount());
    }
}
