package io.github.acs4j.arms;

import io.github.acs4j.arms.model.DescribeIMRobotsResponse;
import io.github.acs4j.arms.model.IMRobot;
import io.github.acs4j.core.testing.Bodies;
import org.junit.jupiter.api.Test;


import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IM robots on the wire: RobotAddr in the list, lower-case dispatch rules, the signing key hidden. arms-facts.md F. */
class IMRobotsWireTest extends OnMockServer {
    @Test
    void describeReadsEveryDocumentedFieldAndHidesTheSecrets() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"PageBean\":{\"Page\":1,\"Size\":20,\"Total\":1,"
                + "\"AlertIMRobots\":[{\"RobotId\":9.0,\"RobotName\":\"bot\",\"Type\":\"dingding\","
                + "\"RobotAddr\":\"https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789\","
                + "\"DailyNoc\":true,\"DailyNocTime\":\"09:30,17:00\",\"DingSignKey\":\"SECabcdef0123456789\","
                + "\"CreateTime\":\"2023-01-16 17:21:48\",\"DispatchRules\":[{\"id\":5,\"name\":\"rule\"}]}]}}"));
        DescribeIMRobotsResponse r = arms.describeIMRobots(d -> d.robotName("bot").robotIds(9L, 10L).page(1).size(20));
        assertEquals(params("RobotName", "bot", "RobotIds", "9,10", "Page", "1", "Size", "20"),
                sent(server, "DescribeIMRobots").operationParams());
        IMRobot bot = r.robots().get(0);
        assertEquals(9L, bot.robotId());
        assertEquals("https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789", bot.robotAddress());
        assertEquals("SECabcdef0123456789", bot.dingSignKey());
        assertEquals("2023-01-16 17:21:48", bot.createTime());
        assertEquals(5L, bot.dispatchRules().get(0).id());
        assertEquals("rule", bot.dispatchRules().get(0).name());
        assertTrue(bot.dailyNoc());
        assertFalse(r.toString().contains("abcdef0123456789"), r.toString());
    }

    @Test
    void deleteSendsTheId() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"IsSuccess\":true}"));
        assertTrue(arms.deleteIMRobot(d -> d.robotId(9L)).isSuccess());
        assertEquals(params("RobotId", "9"), sent(server, "DeleteIMRobot").operationParams());
    }
}
