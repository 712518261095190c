package io.github.acs4j.roster;

/**
 * A roster phone number is {@code 13800001234} or {@code 86-13800001234}: Resource Directory takes the
 * second form (a mainland number by default), CloudMonitor and ARMS the number alone.
 */
final class Phones {
    private static final String DEFAULT_COUNTRY_CODE = "86";

    private Phones() {
    }

    static String national(String phone) {
        if (phone == null) {
            return null;
        }
        int dash = phone.indexOf('-');
        return dash < 0 ? phone : phone.substring(dash + 1);
    }

    static String withCountryCode(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.indexOf('-') < 0 ? DEFAULT_COUNTRY_CODE + "-" + phone : phone;
    }
}
