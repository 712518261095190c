package io.github.acs4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CloudMonitor 2.0 model ({@code sdk-cms2}, Cms 2024-03-30) loads with the loader's every check and says
 * what issue 16 asks of it: the REST method and path of each operation, where each parameter travels,
 * creates not idempotent, paging with a total, the success fields, personal and secret fields marked, and a
 * source note on every operation, request member, shape, enum and error.
 */
class CloudMonitor2ModelTest {
    static final File MODEL = new File("../sdk-cms2/src/main/api/cms-2024-03-30.json");

    private final ApiModel model = ModelLoader.load(MODEL);

    @TempDir
    File dir;

    @Test
    void everyOperationHasTheDocumentedMethodAndPath() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("CreateContact", "POST /contact");
        expected.put("UpdateContact", "PATCH /contact/{contactId}");
        expected.put("DeleteContacts", "DELETE /contacts");
        expected.put("ListContacts", "GET /contact");
        expected.put("ListContactGroups", "GET /contactGroups");
        expected.put("UpdateContactGroup", "PATCH /contactGroup/{contactGroupId}");
        expected.put("CreateAlertRobot", "POST /robot");
        expected.put("UpdateAlertRobot", "PATCH /robot/{robotId}");
        expected.put("DeleteAlertRobots", "DELETE /robots");
        expected.put("ListAlertRobots", "GET /robots");
        expected.put("CreateAlertWebhook", "POST /webhook");
        expected.put("UpdateAlertWebhook", "PATCH /webhook/{webhookId}");
        expected.put("DeleteAlertWebhooks", "DELETE /webhooks");
        expected.put("ListAlertWebhooks", "GET /webhooks");
        expected.put("ListOncallSchedules", "GET /oncallSchedules");
        expected.put("GetOncallSchedule", "GET /oncallSchedule/{oncallScheduleId}");
        expected.put("ListOncallContacts", "GET /oncallSchedule/{oncallScheduleId}/contacts");
        Map<String, String> actual = new LinkedHashMap<>();
        for (OperationModel op : model.operations) {
            assertEquals("ROA", op.style, op.action);
            actual.put(op.action, op.method + " " + op.path);
        }
        assertEquals(expected, actual);
        assertEquals("Cms", model.service.product);
        assertEquals("2024-03-30", model.service.apiVersion);
        assertEquals("io.github.acs4j.cms2", model.service.javaPackage);
        assertEquals("Cms2", model.service.clientPrefix);
    }

    @Test
    void onlyThePostCreatesAreNotIdempotent() {
        for (OperationModel op : model.operations) {
            assertEquals(!"POST".equals(op.method), op.idempotent, op.action + ": " + op.idempotency);
            assertNotNull(op.idempotency, op.action);
        }
    }

    @Test
    void pathParametersAreRequiredNonEmptySegmentsAndTheRestIsQueryOnReadsAndDeletes() {
        Pattern segment = Pattern.compile("\\{([A-Za-z]+)}");
        for (OperationModel op : model.operations) {
            List<String> inPath = new ArrayList<>();
            for (Matcher m = segment.matcher(op.path); m.find(); ) {
                inPath.add(m.group(1));
            }
            List<String> pathMembers = new ArrayList<>();
            for (Member m : op.request) {
                if ("path".equals(m.position)) {
                    pathMembers.add(m.wire);
                    assertTrue(m.required, op.action + " " + m.wire);
                    assertEquals(Integer.valueOf(1), m.lengthMin, op.action + " " + m.wire);
                } else if ("GET".equals(op.method) || "DELETE".equals(op.method)) {
                    assertEquals("query", m.position, op.action + " " + m.wire);
                } else {
                    assertEquals("body", m.position, op.action + " " + m.wire);
                }
                if (m.type.isList() && "query".equals(m.position)) {
                    assertEquals("json", m.listStyle, op.action + " " + m.wire + ": arrays in the query are JSON text");
                }
            }
            assertEquals(inPath, pathMembers, op.action);
        }
    }

    @Test
    void listsPageByNumberWithATotal() {
        List<String> paged = new ArrayList<>();
        for (OperationModel op : model.operations) {
            if (op.paging != null) {
                paged.add(op.action);
                assertEquals("pageNumber", op.paging.style, op.action);
                assertEquals("total", op.paging.total, op.action);
                assertEquals("pageNumber", op.paging.position, op.action);
            }
        }
        assertEquals(Arrays.asList("ListContacts", "ListContactGroups", "ListAlertRobots", "ListAlertWebhooks",
                "ListOncallSchedules"), paged);
    }

    @Test
    void successesMustCarryTheRequestIdAndTheNewId() {
        for (OperationModel op : model.operations) {
            assertTrue(op.mustCarry.contains("requestId"), op.action);
        }
        assertEquals(Arrays.asList("requestId", "contactId"), op("CreateContact").mustCarry);
        assertEquals(Arrays.asList("requestId", "alertRobotId"), op("CreateAlertRobot").mustCarry);
        assertEquals(Arrays.asList("requestId", "alertWebhookId"), op("CreateAlertWebhook").mustCarry);
        assertEquals(Arrays.asList("requestId", "oncallScheduleId"), op("GetOncallSchedule").mustCarry);
    }

    @Test
    void personalAndSecretFieldsAreMarked() {
        assertEquals("email", member(op("CreateContact").request, "email").sensitive);
        assertEquals("phone", member(op("CreateContact").request, "phone").sensitive);
        assertEquals("email", member(op("ListContacts").request, "email").sensitive);
        assertEquals("phone", member(op("ListContacts").request, "phone").sensitive);
        assertEquals("webhook", member(op("CreateAlertRobot").request, "url").sensitive);
        assertEquals("secret", member(op("CreateAlertRobot").request, "robotSignKey").sensitive);
        assertEquals("webhook", member(op("CreateAlertWebhook").request, "url").sensitive);
        assertEquals("secret", member(op("UpdateAlertWebhook").request, "headers").sensitive);
        assertEquals("email", member(model.shapes.get("Contact").members, "email").sensitive);
        assertEquals("phone", member(model.shapes.get("Contact").members, "phone").sensitive);
        assertEquals("webhook", member(model.shapes.get("AlertRobot").members, "url").sensitive);
        assertEquals("secret", member(model.shapes.get("AlertRobot").members, "robotSignKey").sensitive);
        assertEquals("webhook", member(model.shapes.get("AlertWebhook").members, "url").sensitive);
        assertEquals("secret", member(model.shapes.get("AlertWebhook").members, "headers").sensitive);
        assertTrue(member(op("CreateContact").request, "imUserIds").type.isMap());
    }

    @Test
    void documentedValueSetsAreEnums() {
        assertEquals(Arrays.asList("DING", "DING_COOL_APP", "WEIXIN", "FEISHU", "SLACK", "TEAMS"),
                model.enums.get("AlertRobotType").wireValues());
        assertEquals(Arrays.asList("zh_CN", "en_US"), model.enums.get("NotificationLanguage").wireValues());
        assertEquals("AlertRobotType", member(op("CreateAlertRobot").request, "type").enumName);
        assertTrue(member(op("CreateAlertRobot").request, "type").required);
        assertEquals("WebhookMethod", member(op("CreateAlertWebhook").request, "method").enumName);
        assertEquals("WebhookContentType", member(op("CreateAlertWebhook").request, "contentType").enumName);
        assertEquals("NotificationLanguage", member(op("UpdateContact").request, "lang").enumName);
    }

    @Test
    void everyFactHasASource() {
        assertNotNull(model.service.endpointSource);
        assertNotNull(model.service.defaultSignatureSource);
        for (OperationModel op : model.operations) {
            assertNotNull(op.source, op.action);
            for (Member m : op.request) {
                assertNotNull(m.source, op.action + " " + m.wire);
            }
            for (Member m : op.response) {
                assertNotNull(m.source, op.action + " response " + m.wire);
            }
        }
        for (Shape s : model.shapes.values()) {
            assertNotNull(s.source, s.name);
        }
        for (EnumModel e : model.enums.values()) {
            assertNotNull(e.source, e.name);
        }
        for (ErrorCode c : model.errors) {
            assertNotNull(c.source, c.code);
        }
        assertFalse(model.errors.isEmpty());
    }

    @Test
    void itsModelClassesCompileAndKeepMapsImmutableAndHidden() throws Exception {
        File src = new File(dir, "src");
        for (SourceFile f : new ModelClassGenerator(model).generate()) {
            File target = new File(src, f.path());
            target.getParentFile().mkdirs();
            Files.write(target.toPath(), f.render().getBytes(StandardCharsets.UTF_8));
        }
        File classes = new File(dir, "classes");
        assertEquals("", Compiled.compile(classes, src));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toURI().toURL()}, getClass().getClassLoader())) {
            Class<?> contact = loader.loadClass("io.github.acs4j.cms2.model.Contact");
            Object builder = contact.getMethod("builder").invoke(null);
            Map<String, String> im = new LinkedHashMap<>();
            im.put("DING", "alice-ding-0001");
            builder.getClass().getMethod("imUserIds", Map.class).invoke(builder, im);
            builder.getClass().getMethod("email", String.class).invoke(builder, "alice@example.com");
            Object c = builder.getClass().getMethod("build").invoke(builder);
            im.put("WEIXIN", "later");
            Method imUserIds = contact.getMethod("imUserIds");
            assertEquals(Collections.singletonMap("DING", "alice-ding-0001"), imUserIds.invoke(c));
            String text = c.toString();
            assertFalse(text.contains("alice-ding-0001") || text.contains("alice@example.com"), text);
            Object empty = contact.getMethod("builder").invoke(null);
            assertEquals(Collections.emptyMap(), imUserIds.invoke(empty.getClass().getMethod("build").invoke(empty)));
        }
    }

    @Test
    void aMapOutsideTheBodyIsRefusedNamingTheMember() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(MODEL);
        for (JsonNode m : root.get("operations").get(0).get("request").get("members")) {
            if ("imUserIds".equals(m.get("wire").asText())) {
                ((ObjectNode) m).put("position", "query");
            }
        }
        File broken = new File(dir, "cms-2024-03-30.json");
        json.writeValue(broken, root);
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load(broken));
        assertTrue(e.getMessage().contains("operation CreateContact, member imUserIds: a map is a JSON object"), e.getMessage());
    }

    private OperationModel op(String action) {
        for (OperationModel op : model.operations) {
            if (op.action.equals(action)) {
                return op;
            }
        }
        throw new AssertionError("no operation " + action);
    }

    private static Member member(List<Member> members, String wire) {
        Member m = Member.byWire(members, wire);
        assertNotNull(m, wire);
        return m;
    }
}
