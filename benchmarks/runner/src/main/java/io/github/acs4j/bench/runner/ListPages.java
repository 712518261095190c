package io.github.acs4j.bench.runner;

import java.nio.charset.StandardCharsets;

/**
 * The list pages the local server answers with: for each product's largest list, one page of 100 items as
 * the service sends them (field names, wrappers and value types of the documented answers), varied from item
 * to item: Chinese, accented and ASCII names, channels present or absent, zero to three groups, some times
 * as numeric text instead of numbers. Built once, deterministically, so that every contender reads the same
 * bytes.
 */
final class ListPages {
    static final int ITEMS = 100;
    private static final String[] NAMES = {"张伟", "Zoë Müller", "李娜-运维", "José Núñez", "alice", "王芳 (DBA)",
        "Øystein Ærø", "陈静", "bob.smith", "Łukasz Żółć"};
    private static final String[] GROUPS = {"ops", "数据库组", "on-call", "Équipe réseau"};
    private static final long T0 = 1_764_000_000_000L;

    private ListPages() {
    }

    /** CloudMonitor {@code DescribeContactList}: {@code Contacts.Contact[]}, epoch-millisecond times. */
    static byte[] cms() {
        StringBuilder sb = new StringBuilder(40_000);
        sb.append("{\"RequestId\":\"9E5C3A61-7F2B-4C8D-A1E4-2B6D8F0C1A37\",\"Success\":true,\"Code\":200,")
                .append("\"Message\":\"\",\"Total\":1234,\"Contacts\":{\"Contact\":[");
        for (int i = 0; i < ITEMS; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"Name\":\"").append(name(i)).append("\",\"Desc\":\"")
                    .append(i % 3 == 0 ? "负责数据库的值班联系人 " + i : "On call for service " + i)
                    .append("\",\"Lang\":\"").append(i % 2 == 0 ? "zh-cn" : "en").append('"')
                    .append(",\"CreateTime\":").append(time(i, T0 + i * 3_600_000L))
                    .append(",\"UpdateTime\":").append(time(i + 1, T0 + i * 7_200_000L))
                    .append(",\"Channels\":{\"Mail\":\"user").append(i).append("@example.com\"");
            if (i % 4 != 0) {
                sb.append(",\"SMS\":\"1380000").append(String.format("%04d", i)).append('"');
            }
            if (i % 5 == 0) {
                sb.append(",\"DingWebHook\":\"https://oapi.dingtalk.com/robot/send?access_token=tok").append(i).append('"');
            }
            if (i % 7 == 0) {
                sb.append(",\"AliIM\":\"wangwang").append(i).append('"');
            }
            sb.append("},\"ChannelsState\":{\"Mail\":\"OK\"");
            if (i % 4 != 0) {
                sb.append(",\"SMS\":\"").append(i % 3 == 0 ? "PENDING" : "OK").append('"');
            }
            if (i % 5 == 0) {
                sb.append(",\"DingWebHook\":\"OK\"");
            }
            sb.append("},\"ContactGroups\":{\"ContactGroup\":[").append(groups(i)).append("]}}");
        }
        return sb.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** ARMS {@code SearchAlertContact}: {@code PageBean.Contacts[]}, numeric IDs, epoch-millisecond times. */
    static byte[] arms() {
        StringBuilder sb = new StringBuilder(40_000);
        sb.append("{\"RequestId\":\"1B7F0C2D-3E4A-4B5C-8D6E-9F0A1B2C3D4E\",\"PageBean\":{\"PageNumber\":1,")
                .append("\"PageSize\":100,\"TotalCount\":1234,\"Contacts\":[");
        for (int i = 0; i < ITEMS; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"ContactId\":").append(20_000_000L + i * 37L)
                    .append(",\"ContactName\":\"").append(name(i)).append('"')
                    .append(",\"Phone\":\"1390000").append(String.format("%04d", i)).append('"')
                    .append(",\"Email\":\"").append(i % 6 == 0 ? "" : "ops" + i + "@example.com").append('"');
            if (i % 3 == 0) {
                sb.append(",\"DingRobot\":\"https://oapi.dingtalk.com/robot/send?access_token=arms").append(i).append('"');
            }
            if (i % 8 == 0) {
                sb.append(",\"Webhook\":\"{\\\"method\\\":\\\"post\\\",\\\"url\\\":\\\"https://hooks.example.com/").append(i)
                        .append("\\\"}\"");
            }
            sb.append(",\"SystemNoc\":").append(i % 2 == 0)
                    .append(",\"Content\":\"").append(i % 4 == 0 ? "" : "默认告警组|ops").append('"')
                    .append(",\"UserId\":\"1234567890123456\",\"ResourceGroupId\":\"rg-acfm").append(i).append('"')
                    .append(",\"CreateTime\":").append(time(i, T0 + i * 3_600_000L))
                    .append(",\"UpdateTime\":").append(time(i + 1, T0 + i * 7_200_000L)).append('}');
        }
        return sb.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Resource Directory {@code ListMessageContacts}: {@code Contacts[]}, ISO dates, lists of strings. */
    static byte[] resourceDirectory() {
        StringBuilder sb = new StringBuilder(40_000);
        sb.append("{\"RequestId\":\"7C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F\",\"TotalCount\":1234,\"PageNumber\":1,")
                .append("\"PageSize\":100,\"Contacts\":[");
        String[] titles = {"FinanceDirector", "TechnicalDirector", "MaintenanceDirector", "CEO", "ProjectDirector", "Other"};
        for (int i = 0; i < ITEMS; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"ContactId\":\"c-").append(Long.toHexString(0xabc000L + i * 7919L))
                    .append("\",\"Name\":\"").append(name(i)).append("\",\"EmailAddress\":\"member").append(i)
                    .append("@example.com\"");
            if (i % 3 != 0) {
                sb.append(",\"PhoneNumber\":\"86-1390000").append(String.format("%04d", i)).append('"');
            }
            sb.append(",\"Title\":\"").append(titles[i % titles.length]).append("\",\"MessageTypes\":[\"AccountExpenses\"");
            if (i % 2 == 0) {
                sb.append(",\"ProductAndServiceInfo\"");
            }
            sb.append("],\"Members\":[\"").append(1_000_000_000_000_000L + i).append('"');
            if (i % 4 == 0) {
                sb.append(",\"rd-k3").append(i).append('"');
            }
            sb.append("],\"Status\":\"").append(i % 9 == 0 ? "Pending" : "Active")
                    .append("\",\"CreateDate\":\"2026-0").append(1 + i % 9).append("-1").append(i % 10)
                    .append("T0").append(i % 10).append(":15:30Z\",\"AssociatedDate\":\"2026-11-2").append(i % 10)
                    .append("T12:00:00Z\"}");
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String name(int i) {
        return NAMES[i % NAMES.length] + " " + i;
    }

    private static String groups(int i) {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < i % 4; g++) {
            sb.append(g == 0 ? "" : ",").append('"').append(GROUPS[(i + g) % GROUPS.length]).append('"');
        }
        return sb.toString();
    }

    /** Every tenth time as numeric text, as some answers carry it; the others as JSON numbers. */
    private static String time(int i, long millis) {
        return i % 10 == 3 ? "\"" + millis + "\"" : Long.toString(millis);
    }
}
