package io.github.acs4j.cms;

import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactChannels;
import io.github.acs4j.cms.model.ContactChannelsState;
import io.github.acs4j.cms.model.ContactGroup;
import io.github.acs4j.cms.model.DeleteContactGroupRequest;
import io.github.acs4j.cms.model.DeleteContactGroupResponse;
import io.github.acs4j.cms.model.DeleteContactRequest;
import io.github.acs4j.cms.model.DeleteContactResponse;
import io.github.acs4j.cms.model.DescribeContactGroupListRequest;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupRequest;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupResponse;
import io.github.acs4j.cms.model.DescribeContactListRequest;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Models are values: toBuilder() copies every field, equality sees every field, lists are never null and immutable. */
class CmsModelContractTest {
    static void assertValue(Object model, Object copy, Object changed) {
        assertEquals(model, copy);
        assertEquals(model.hashCode(), copy.hashCode());
        assertEquals(model.toString(), copy.toString());
        assertNotEquals(model, changed);
    }

    @Test
    void toBuilderCopiesEveryField() {
        ContactChannels ch = ContactChannels.builder().mail("a@b.co").sms("1").dingWebHook("w").aliIm("i").build();
        assertValue(ch, ch.toBuilder().build(), ch.toBuilder().aliIm("j").build());
        ContactChannelsState st = ContactChannelsState.builder().mail("OK").sms("PENDING").dingWebHook("OK").aliIm("OK").build();
        assertValue(st, st.toBuilder().build(), st.toBuilder().sms("OK").build());
        Contact c = Contact.builder().name("n").desc("d").lang("en").createTime(Instant.ofEpochMilli(1))
                .updateTime(Instant.ofEpochMilli(2)).channels(ch).channelsState(st).contactGroups("g").contactId(7L).build();
        assertValue(c, c.toBuilder().build(), c.toBuilder().contactId(8L).build());
        ContactGroup g = ContactGroup.builder().name("g").describe("d").enableSubscribed(true).enabledWeeklyReport(false)
                .createTime(Instant.ofEpochMilli(1)).updateTime(Instant.ofEpochMilli(2)).contacts("n").build();
        assertValue(g, g.toBuilder().build(), g.toBuilder().contacts("n", "m").build());
        DescribeContactListRequest list = DescribeContactListRequest.builder().contactName("n").chanelType("Mail")
                .chanelValue("a@b.co").pageNumber(1).pageSize(2).build();
        assertValue(list, list.toBuilder().build(), list.toBuilder().pageSize(3).build());
        DescribeContactGroupListRequest groups = DescribeContactGroupListRequest.builder().pageNumber(1).pageSize(2).build();
        assertValue(groups, groups.toBuilder().build(), groups.toBuilder().pageNumber(2).build());
        DescribeContactListByContactGroupRequest byGroup = DescribeContactListByContactGroupRequest.builder()
                .contactGroupName("g").build();
        assertValue(byGroup, byGroup.toBuilder().build(), byGroup.toBuilder().contactGroupName("h").build());
        DeleteContactRequest dc = DeleteContactRequest.builder().contactName("n").build();
        assertValue(dc, dc.toBuilder().build(), dc.toBuilder().contactName("m").build());
        DeleteContactGroupRequest dg = DeleteContactGroupRequest.builder().contactGroupName("g").build();
        assertValue(dg, dg.toBuilder().build(), dg.toBuilder().contactGroupName("h").build());
        DescribeContactListResponse lr = DescribeContactListResponse.builder().requestId("q").code("200").message("m")
                .success(true).total(1).contacts(c).build();
        assertValue(lr, lr.toBuilder().build(), lr.toBuilder().total(2).build());
        DescribeContactGroupListResponse gr = DescribeContactGroupListResponse.builder().requestId("q").code("200")
                .success(true).total(1).contactGroups("g").contactGroupList(g).build();
        assertValue(gr, gr.toBuilder().build(), gr.toBuilder().contactGroups("h").build());
        DescribeContactListByContactGroupResponse bgr = DescribeContactListByContactGroupResponse.builder()
                .requestId("q").contacts(c).build();
        assertValue(bgr, bgr.toBuilder().build(), bgr.toBuilder().contacts(Collections.<Contact>emptyList()).build());
        DeleteContactResponse dcr = DeleteContactResponse.builder().requestId("q").code("200").success(true).build();
        assertValue(dcr, dcr.toBuilder().build(), dcr.toBuilder().success(false).build());
        DeleteContactGroupResponse dgr = DeleteContactGroupResponse.builder().requestId("q").code("200").build();
        assertValue(dgr, dgr.toBuilder().build(), dgr.toBuilder().code("404").build());
    }

    @Test
    void listsAreNeverNullAndCannotBeChangedFromOutside() {
        assertEquals(Collections.emptyList(), Contact.builder().build().contactGroups());
        assertEquals(Collections.emptyList(), ContactGroup.builder().build().contacts());
        assertEquals(Collections.emptyList(), DescribeContactListResponse.builder().build().contacts());
        assertEquals(Collections.emptyList(), DescribeContactGroupListResponse.builder().build().contactGroups());
        assertEquals(Collections.emptyList(), DescribeContactGroupListResponse.builder().build().contactGroupList());
        List<String> names = new ArrayList<>(Arrays.asList("a"));
        ContactGroup g = ContactGroup.builder().contacts(names).build();
        names.add("b");
        assertEquals(Collections.singletonList("a"), g.contacts());
        assertThrows(UnsupportedOperationException.class, () -> g.contacts().add("c"));
    }
}
