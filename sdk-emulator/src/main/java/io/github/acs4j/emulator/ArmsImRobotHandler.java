package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ARMS (2019-08-08) IM robots: DingTalk ({@code dingding}), WeCom ({@code wechat}) and Lark ({@code feishu})
 * chat robots. {@code CreateOrUpdateIMRobot} creates without {@code RobotId}, updates with one; name, type and
 * address are mandatory, and a daily report ({@code DailyNoc=true}) needs its times. {@code DescribeIMRobots}
 * pages, names the address {@code RobotAddr} and gives the creation time as text.
 */
final class ArmsImRobotHandler {
    private static final Pattern DAILY_TIMES = Pattern.compile("\\d{2}:\\d{2}(,\\d{2}:\\d{2})*");

    private final Clock clock;

    ArmsImRobotHandler(Clock clock) {
        this.clock = clock;
    }

    void register(Router router, Router.Product arms) {
        router.add(arms, "CreateOrUpdateIMRobot", this::createOrUpdate);
        router.add(arms, "DeleteIMRobot", ArmsNotificationStore.deletion("RobotId", s -> s.robots));
        router.add(arms, "DescribeIMRobots", this::describe);
    }

    private ObjectNode createOrUpdate(Params p, Account account, String requestId) {
        ArmsNotificationStore store = account.arms().notifications();
        Long id = p.longValue("RobotId");
        ArmsNotificationStore.Robot r = id == null ? null : store.robots.require(id);
        String name = p.required("RobotName");
        String type = p.required("Type");
        if (!type.equals("dingding") && !type.equals("wechat") && !type.equals("feishu")) {
            throw ApiError.invalid("Type", "expected dingding, wechat or feishu, was \"" + type + "\"");
        }
        String address = p.required("RobotAddress");
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
            throw ApiError.invalid("RobotAddress", "not an http(s) URL");
        }
        Boolean dailyNoc = p.bool("DailyNoc");
        String dailyNocTime = p.get("DailyNocTime");
        if (dailyNocTime != null && !DAILY_TIMES.matcher(dailyNocTime).matches()) {
            throw ApiError.invalid("DailyNocTime", "expected times such as 09:30,17:00");
        }
        Boolean enableOutgoing = p.bool("EnableOutgoing");
        boolean daily = dailyNoc != null ? dailyNoc : r != null && r.dailyNoc;
        String times = dailyNocTime != null ? dailyNocTime : r == null ? null : r.dailyNocTime;
        if (daily && times == null) {
            throw ApiError.missing("DailyNocTime"); // documented: required when DailyNoc is true
        }
        if (r == null) {
            long newId = store.robots.nextId();
            r = store.robots.put(newId, new ArmsNotificationStore.Robot(newId, clock.millis()));
        }
        // an update keeps the optional settings it leaves out (our choice: undocumented)
        r.name = name;
        r.type = type;
        r.address = address;
        r.dailyNoc = daily;
        r.dailyNocTime = times;
        if (p.has("DingSignKey")) {
            r.dingSignKey = p.get("DingSignKey");
        }
        if (p.has("Token")) {
            r.token = p.get("Token");
        }
        if (enableOutgoing != null) {
            r.enableOutgoing = enableOutgoing;
        }
        if (p.has("CardTemplate")) {
            r.cardTemplate = p.get("CardTemplate");
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode out = body.putObject("AlertRobot");
        out.put("RobotId", r.id);
        out.put("RobotName", r.name);
        out.put("Type", r.type);
        out.put("RobotAddress", r.address);
        out.put("DailyNoc", r.dailyNoc);
        out.put("DailyNocTime", r.dailyNocTime);
        out.put("Token", r.token);
        out.put("EnableOutgoing", r.enableOutgoing);
        out.put("CardTemplate", r.cardTemplate);
        return body;
    }

    private ObjectNode describe(Params p, Account account, String requestId) {
        ArmsPaging paging = ArmsPaging.optional(p);
        String name = p.get("RobotName");
        List<Long> ids = ArmsIdList.lenient(p, "RobotIds");
        List<ArmsNotificationStore.Robot> matches = new ArrayList<>();
        for (ArmsNotificationStore.Robot r : account.arms().notifications().robots.all()) {
            if (name != null && !r.name.contains(name) || ids != null && !ids.contains(r.id)) {
                continue;
            }
            matches.add(r);
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode items = paging.pageBean(body, matches.size()).putArray("AlertIMRobots");
        for (ArmsNotificationStore.Robot r : paging.cut(matches)) {
            ObjectNode item = items.addObject();
            item.put("RobotId", r.id);
            item.put("RobotName", r.name);
            item.put("Type", r.type);
            item.put("RobotAddr", r.address);
            item.put("DailyNoc", r.dailyNoc);
            item.put("DailyNocTime", r.dailyNocTime);
            item.put("DingSignKey", r.dingSignKey);
            // documented example "2023-01-16 17:21:48"; the zone is not documented, UTC here
            item.put("CreateTime", Replies.rdDate(Instant.ofEpochMilli(r.createTime)));
            item.putArray("DispatchRules"); // no notification policies are modelled
        }
        return body;
    }
}
