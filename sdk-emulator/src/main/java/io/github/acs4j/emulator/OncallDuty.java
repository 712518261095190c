package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is on duty at an instant, from an on-call schedule's {@code rotations} (GetOncallSchedule's shape). The
 * documentation names the fields but not their rules; the emulator's reading: a rotation applies on its
 * {@code activeDays} (0 = Sunday .. 6 = Saturday, as the routes' {@code dayInWeek}; absent = every day), from
 * {@code rotationStartTime} to {@code rotationEndTime} ({@code HH:mm}, {@code 24:00} = midnight; a start after
 * the end spans midnight) in its {@code timeZone} (default UTC), from {@code startDate}; its {@code contacts}
 * take turns, one per {@code shiftRecurrenceFrequency} period ({@code DAILY}, {@code WEEKLY}, {@code MONTHLY})
 * counted from {@code startDate}.
 */
final class OncallDuty {
    static final List<String> FREQUENCIES = RoaCall.names("DAILY", "WEEKLY", "MONTHLY");

    private OncallDuty() {
    }

    /** @return the contact IDs on duty at {@code at}, one per applying rotation, without repeats */
    static List<String> onDuty(JsonNode schedule, Instant at) {
        List<String> out = new ArrayList<>();
        for (JsonNode rotation : schedule.path("rotations")) {
            String id = onDutyIn(rotation, at);
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static String onDutyIn(JsonNode rotation, Instant at) {
        JsonNode contacts = rotation.path("contacts");
        if (contacts.size() == 0) {
            return null;
        }
        ZonedDateTime local = at.atZone(ZoneId.of(rotation.path("timeZone").asText("UTC")));
        LocalDate start = rotation.hasNonNull("startDate") ? LocalDate.parse(rotation.get("startDate").asText()) : null;
        if (start != null && local.toLocalDate().isBefore(start)) {
            return null;
        }
        JsonNode days = rotation.path("activeDays");
        if (days.size() > 0 && !containsDay(days, local.getDayOfWeek().getValue() % 7)) {
            return null;
        }
        int minute = local.getHour() * 60 + local.getMinute();
        int from = minutes(rotation.path("rotationStartTime").asText("00:00"));
        int to = minutes(rotation.path("rotationEndTime").asText("24:00"));
        boolean inShift = from <= to ? minute >= from && minute < to : minute >= from || minute < to;
        if (!inShift) {
            return null;
        }
        long periods = 0;
        if (start != null) {
            switch (rotation.path("shiftRecurrenceFrequency").asText("")) {
                case "DAILY":
                    periods = ChronoUnit.DAYS.between(start, local.toLocalDate());
                    break;
                case "WEEKLY":
                    periods = ChronoUnit.WEEKS.between(start, local.toLocalDate());
                    break;
                case "MONTHLY":
                    periods = ChronoUnit.MONTHS.between(start, local.toLocalDate());
                    break;
                default:
                    break;
            }
        }
        return contacts.get((int) (periods % contacts.size())).asText();
    }

    /**
     * @throws IllegalArgumentException naming the field when a rotation cannot be read by the rules above
     */
    static void validate(JsonNode rotation) {
        if (!rotation.isObject()) {
            throw new IllegalArgumentException("each of rotations must be a JSON object");
        }
        JsonNode contacts = rotation.path("contacts");
        if (!contacts.isMissingNode() && !contacts.isArray()) {
            throw new IllegalArgumentException("rotations[].contacts must be an array of contact IDs");
        }
        for (JsonNode day : rotation.path("activeDays")) {
            if (!day.isInt() || day.asInt() < 0 || day.asInt() > 6) {
                throw new IllegalArgumentException("rotations[].activeDays holds 0 (Sunday) to 6 (Saturday), was " + day);
            }
        }
        try {
            if (rotation.hasNonNull("timeZone")) {
                ZoneId.of(rotation.get("timeZone").asText());
            }
            if (rotation.hasNonNull("startDate")) {
                LocalDate.parse(rotation.get("startDate").asText());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("rotations[].timeZone must be an IANA zone and startDate yyyy-MM-dd");
        }
        minutes(rotation.path("rotationStartTime").asText("00:00"));
        minutes(rotation.path("rotationEndTime").asText("24:00"));
        String frequency = rotation.path("shiftRecurrenceFrequency").asText(null);
        if (frequency != null && !FREQUENCIES.contains(frequency)) {
            throw new IllegalArgumentException("rotations[].shiftRecurrenceFrequency must be one of " + FREQUENCIES
                    + ", was \"" + frequency + "\"");
        }
    }

    private static boolean containsDay(JsonNode days, int day) {
        for (JsonNode d : days) {
            if (d.asInt() == day) {
                return true;
            }
        }
        return false;
    }

    private static int minutes(String hhmm) {
        if (hhmm.matches("\\d{2}:\\d{2}")) {
            int h = Integer.parseInt(hhmm.substring(0, 2));
            int m = Integer.parseInt(hhmm.substring(3));
            if ((h < 24 && m < 60) || (h == 24 && m == 0)) {
                return h * 60 + m;
            }
        }
        throw new IllegalArgumentException("rotations[].rotationStartTime/rotationEndTime must be HH:mm (00:00 to 24:00), was \""
                + hhmm + "\"");
    }
}
