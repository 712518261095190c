package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.DeleteAlertContactRequest;
import io.github.acs4j.arms.model.DeleteAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
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
class ArmsModelContractTest {
    static void assertValue(Object model, Object copy, Object changed) {
        assertEquals(model, copy);
        assertEquals(model.hashCode(), copy.hashCode());
        assertEquals(model.toString(), copy.toString());
        assertNotEquals(model, changed);
    }

    @Test
    void toBuilderCopiesEveryField() {
        AlertContact c = AlertContact.builder().contactId(1L).contactName("n").phone("13800000000").email("a@b.co")
                .dingRobot("https://d/x?access_token=t").webhook("{}").systemNoc(true).content("g1|g2").userId("u")
                .resourceGroupId("rg").createTime(Instant.ofEpochMilli(1)).updateTime(Instant.ofEpochMilli(2)).build();
        assertValue(c, c.toBuilder().build(), c.toBuilder().updateTime(Instant.ofEpochMilli(3)).build());
        CreateAlertContactRequest create = CreateAlertContactRequest.builder().regionId("r").contactName("n")
                .phoneNum("1").email("a@b.co").dingRobotWebhookUrl("w").systemNoc(false).resourceGroupId("rg").build();
        assertValue(create, create.toBuilder().build(), create.toBuilder().resourceGroupId("other").build());
        SearchAlertContactRequest search = SearchAlertContactRequest.builder().regionId("r").contactName("n")
                .phone("1").email("a@b.co").contactIds(1L, 2L).currentPage(1).pageSize(10).build();
        assertValue(search, search.toBuilder().build(), search.toBuilder().pageSize(11).build());
        UpdateAlertContactRequest update = UpdateAlertContactRequest.builder().contactId(1L).regionId("r")
                .contactName("n").phoneNum("1").email("a@b.co").dingRobotWebhookUrl("w").systemNoc(true).build();
        assertValue(update, update.toBuilder().build(), update.toBuilder().systemNoc(false).build());
        DeleteAlertContactRequest delete = DeleteAlertContactRequest.builder().contactId(1L).regionId("r").build();
        assertValue(delete, delete.toBuilder().build(), delete.toBuilder().regionId("s").build());
        CreateAlertContactResponse created = CreateAlertContactResponse.builder().requestId("q").contactId("1").build();
        assertValue(created, created.toBuilder().build(), created.toBuilder().requestId("other").build());
        SearchAlertContactResponse found = SearchAlertContactResponse.builder().requestId("q").pageNumber(1)
                .pageSize(2).totalCount(3).contacts(c).build();
        assertValue(found, found.toBuilder().build(), found.toBuilder().totalCount(4).build());
        UpdateAlertContactResponse updated = UpdateAlertContactResponse.builder().requestId("q").isSuccess(true).build();
        assertValue(updated, updated.toBuilder().build(), updated.toBuilder().isSuccess(false).build());
        DeleteAlertContactResponse deleted = DeleteAlertContactResponse.builder().requestId("q").isSuccess(true).build();
        assertValue(deleted, deleted.toBuilder().build(), deleted.toBuilder().isSuccess(null).build());
    }

    @Test
    void listsAreNeverNullAndCannotBeChangedFromOutside() {
        assertEquals(Collections.emptyList(), SearchAlertContactRequest.builder().build().contactIds());
        assertEquals(Collections.emptyList(), SearchAlertContactResponse.builder().build().contacts());
        List<Long> ids = new ArrayList<>(Arrays.asList(1L, 2L));
        SearchAlertContactRequest r = SearchAlertContactRequest.builder().contactIds(ids).build();
        ids.add(3L);
        assertEquals(Arrays.asList(1L, 2L), r.contactIds());
        assertThrows(UnsupportedOperationException.class, () -> r.contactIds().add(4L));
    }
}
