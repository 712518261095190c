package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * One account's CloudMonitor 2.0 (Cms 2024-03-30) notification targets, each kept as the JSON object its list
 * operation returns, in creation order. IDs are unique per account, whatever the workspace (Update and Delete
 * name an object by ID alone); the workspace is each object's attribute and a list filter.
 */
final class CloudMonitor2Store {
    final Map<String, ObjectNode> contacts = new LinkedHashMap<>();
    final Map<String, ObjectNode> contactGroups = new LinkedHashMap<>();
    final Map<String, ObjectNode> robots = new LinkedHashMap<>();
    final Map<String, ObjectNode> webhooks = new LinkedHashMap<>();
    final Map<String, ObjectNode> oncallSchedules = new LinkedHashMap<>();

    /**
     * @return a fresh ID such as {@code contact-3f9c0a1b2c4d5e6f}: the documentation shows only caller-chosen
     *     examples ({@code testId}), so the form of a generated ID is the emulator's own
     */
    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /**
     * @return the workspace an object lands in when none is given: the documented examples' form,
     *     {@code default-cms-<accountId>-<regionId>}; the emulator serves every region from one endpoint and
     *     names cn-hangzhou
     */
    static String defaultWorkspace(Account account) {
        return "default-cms-" + account.uid() + "-cn-hangzhou";
    }
}
