package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a test puts into CloudMonitor 2.0 (Cms 2024-03-30) that no documented API call can: on-call schedules
 * (the documentation has only reads: ListOncallSchedules, GetOncallSchedule, ListOncallContacts) and contact
 * groups (only ListContactGroups and UpdateContactGroup are documented). Each object is given as JSON text in
 * the shape its read operation returns, and replaces an object with the same ID.
 *
 * <pre>{@code
 * String id = emulator.cloudMonitor2().putOncallSchedule("{\"oncallScheduleName\":\"ops\",\"rotations\":"
 *         + "[{\"rotationName\":\"day\",\"contacts\":[\"c-1\",\"c-2\"],\"shiftRecurrenceFrequency\":\"WEEKLY\","
 *         + "\"startDate\":\"2026-01-05\",\"timeZone\":\"Asia/Shanghai\"}]}");
 * String group = emulator.cloudMonitor2().putContactGroup("{\"name\":\"ops\",\"contactIds\":[\"c-1\"]}");
 * }</pre>
 *
 * Thread-safe.
 */
public final class CloudMonitor2Controls {
    private static final List<String> SCHEDULE_FIELDS = RoaCall.names("oncallScheduleId", "oncallScheduleName",
            "rotations", "workspace", "shiftRobotId", "source", "substitudes");
    private static final List<String> ROTATION_FIELDS = RoaCall.names("rotationName", "contacts", "activeDays",
            "rotationStartTime", "rotationEndTime", "shiftRecurrenceFrequency", "startDate", "timeZone", "shiftLength");
    private static final List<String> GROUP_FIELDS = RoaCall.names("contactGroupId", "name", "contactIds", "workspace");

    private final AcsEmulator emulator;

    CloudMonitor2Controls(AcsEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * Puts an on-call schedule into the default account.
     *
     * @param scheduleJson GetOncallSchedule's shape: {@code oncallScheduleName} (required), {@code rotations},
     *     optional {@code oncallScheduleId} (generated when absent), {@code workspace}, {@code shiftRobotId}
     * @return the schedule's ID
     * @throws IllegalArgumentException naming the field that is missing or not readable
     */
    public String putOncallSchedule(String scheduleJson) {
        return putOncallSchedule(emulator.accessKeyId(), scheduleJson);
    }

    /**
     * Puts an on-call schedule into the account of {@code accessKeyId}.
     *
     * @param accessKeyId an account registered with this emulator
     * @param scheduleJson as for {@link #putOncallSchedule(String)}
     * @return the schedule's ID
     * @throws IllegalArgumentException for an unknown account or a schedule that is not readable
     */
    public String putOncallSchedule(String accessKeyId, String scheduleJson) {
        ObjectNode schedule = object(scheduleJson, SCHEDULE_FIELDS, "on-call schedule");
        requireText(schedule, "oncallScheduleName");
        JsonNode rotations = schedule.path("rotations");
        if (!rotations.isMissingNode() && !rotations.isArray()) {
            throw new IllegalArgumentException("rotations must be an array of rotation objects");
        }
        for (JsonNode rotation : rotations) {
            OncallDuty.validate(rotation);
            allowOnly(rotation, ROTATION_FIELDS, "rotation");
        }
        return put(accessKeyId, schedule, "oncallScheduleId", "oncallschedule", true);
    }

    /**
     * Puts a contact group into the default account.
     *
     * @param groupJson ListContactGroups' item shape: {@code name} (required), {@code contactIds}, optional
     *     {@code contactGroupId} (generated when absent) and {@code workspace}
     * @return the group's ID
     * @throws IllegalArgumentException naming the field that is missing or not readable
     */
    public String putContactGroup(String groupJson) {
        return putContactGroup(emulator.accessKeyId(), groupJson);
    }

    /**
     * Puts a contact group into the account of {@code accessKeyId}.
     *
     * @param accessKeyId an account registered with this emulator
     * @param groupJson as for {@link #putContactGroup(String)}
     * @return the group's ID
     * @throws IllegalArgumentException for an unknown account or a group that is not readable
     */
    public String putContactGroup(String accessKeyId, String groupJson) {
        ObjectNode group = object(groupJson, GROUP_FIELDS, "contact group");
        requireText(group, "name");
        JsonNode members = group.path("contactIds");
        if (members.isMissingNode()) {
            group.putArray("contactIds");
        } else if (!members.isArray()) {
            throw new IllegalArgumentException("contactIds must be an array of contact IDs");
        }
        return put(accessKeyId, group, "contactGroupId", "contactgroup", false);
    }

    private String put(String accessKeyId, ObjectNode object, String idField, String idPrefix, boolean schedule) {
        Account account = emulator.account(accessKeyId);
        if (account == null) {
            throw new IllegalArgumentException("no account with AccessKey ID " + accessKeyId + " in this emulator");
        }
        synchronized (account) {
            if (!object.hasNonNull(idField)) {
                object.put(idField, CloudMonitor2Store.newId(idPrefix));
            }
            if (!object.hasNonNull("workspace")) {
                object.put("workspace", CloudMonitor2Store.defaultWorkspace(account));
            }
            String id = object.get(idField).asText();
            Map<String, ObjectNode> objects = schedule ? account.cloudMonitor2().oncallSchedules
                    : account.cloudMonitor2().contactGroups;
            objects.put(id, object);
            return id;
        }
    }

    private static ObjectNode object(String json, List<String> fields, String kind) {
        JsonNode parsed;
        try {
            parsed = json == null ? null : Replies.MAPPER.readTree(json);
        } catch (IOException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isObject()) {
            throw new IllegalArgumentException("a " + kind + " must be given as one JSON object");
        }
        allowOnly(parsed, fields, kind);
        return (ObjectNode) parsed;
    }

    private static void allowOnly(JsonNode object, List<String> fields, String kind) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a field of a " + kind + " (they are " + fields + ")");
            }
        }
    }

    private static void requireText(JsonNode object, String field) {
        if (!object.path(field).isTextual() || object.get(field).asText().isEmpty()) {
            throw new IllegalArgumentException(field + " is required (a non-empty string)");
        }
    }

    @Override
    public String toString() {
        return "CloudMonitor2Controls(" + emulator.endpoint() + ")";
    }
}
