package io.github.acs4j.reliability;

/**
 * The secret and personal values every test of this suite uses, so that one scan at the end can prove
 * none of them escaped.
 */
final class Secrets {
    static final String ACCESS_KEY_ID = "LTAI5tReliabilityKey";
    static final String ACCESS_KEY_SECRET = "Rel1abilitySecretValue0123456789";
    static final String SECURITY_TOKEN = "CAISreliability+sts/token==";
    static final String PHONE = "13912345678";
    static final String RD_PHONE = "86-13912345678";
    static final String EMAIL = "oncall.secret.person@example.com";
    static final String WEBHOOK_TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static final String WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token=" + WEBHOOK_TOKEN;
    /** An ARMS IM robot's Outgoing token and DingTalk signing key, and a webhook contact's auth header. */
    static final String ROBOT_TOKEN = "robotOutgoingToken9f8e7d6c5b4a";
    static final String DING_SIGN_KEY = "SECdingSignKey0a1b2c3d4e5f6a7b8c9d";
    static final String WEBHOOK_HEADERS = "[{\"Authorization\":\"Bearer hdrSecret5d4c3b2a1908\"}]";

    /** Everything that must never be printed, logged, thrown or toString()ed in full. */
    static final String[] ALL = {ACCESS_KEY_SECRET, SECURITY_TOKEN, PHONE, EMAIL, WEBHOOK_TOKEN, "oncall.secret.person",
            ROBOT_TOKEN, DING_SIGN_KEY, "hdrSecret5d4c3b2a1908"};

    private Secrets() {
    }
}
