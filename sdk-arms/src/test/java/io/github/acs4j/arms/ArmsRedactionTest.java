package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phones, e-mails and webhook tokens never show in a model's toString(). */
class ArmsRedactionTest {
    static final String PHONE = "13812345678";
    static final String EMAIL = "alice.wang@example.com";
    static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String HOOK = "https://oapi.dingtalk.com/robot/send?access_token=" + TOKEN;

    static void assertClean(Object model) {
        String s = model.toString();
        for (String secret : new String[]{PHONE, EMAIL, TOKEN, "alice.wang"}) {
            assertFalse(s.contains(secret), "leaked '" + secret + "' in: " + s);
        }
    }

    @Test
    void everyModelMasksPersonalData() {
        CreateAlertContactRequest create = CreateAlertContactRequest.builder().contactName("Alice").phoneNum(PHONE)
                .email(EMAIL).dingRobotWebhookUrl(HOOK).build();
        assertClean(create);
        assertTrue(create.toString().contains("a***@example.com"), create.toString());
        assertTrue(create.toString().contains("https://oapi.dingtalk.com/robot/send?***"), create.toString());
        assertClean(SearchAlertContactRequest.builder().phone(PHONE).email(EMAIL).contactIds(1L).build());
        assertClean(UpdateAlertContactRequest.builder().contactId(1L).phoneNum(PHONE).email(EMAIL)
                .dingRobotWebhookUrl(HOOK).build());
        AlertContact contact = AlertContact.builder().contactId(1L).phone(PHONE).email(EMAIL).dingRobot(HOOK)
                .webhook("{\"url\":\"https://hooks.example/x?key=" + TOKEN + "\",\"header\":{\"Authorization\":\"" + TOKEN + "\"}}")
                .build();
        assertClean(contact);
        assertClean(SearchAlertContactResponse.builder().contacts(contact).build());
    }
}
