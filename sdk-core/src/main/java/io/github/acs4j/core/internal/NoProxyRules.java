package io.github.acs4j.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts that bypass a proxy: {@code NO_PROXY} (the rules of Alibaba's CLI, Go's: comma-separated,
 * {@code *} for all, {@code example.com} for the domain and its subdomains, {@code .example.com} or
 * {@code *.example.com} for subdomains only, IP addresses and CIDR blocks, an optional {@code :port}) or
 * the JDK's {@code http.nonProxyHosts} ({@code |}-separated, a {@code *} at either end).
 */
final class NoProxyRules {
    static final NoProxyRules NONE = new NoProxyRules(Collections.<Rule>emptyList());
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

    private interface Rule {
        boolean matches(String host, int port);
    }

    private final List<Rule> rules;

    private NoProxyRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** @return whether a request to this host and port goes direct */
    boolean matches(String host, int port) {
        String h = bare(host.toLowerCase(Locale.ROOT));
        for (Rule r : rules) {
            if (r.matches(h, port)) {
                return true;
            }
        }
        return false;
    }

    /** Parses {@code NO_PROXY}. Entries it cannot read are ignored, as Go does. */
    static NoProxyRules noProxy(String value) {
        if (value == null) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        for (String raw : value.split(",")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                rules.add((h, p) -> true);
                continue;
            }
            int port = -1;
            int colon = entry.lastIndexOf(':');
            boolean bracketed = entry.startsWith("[");
            if (colon > 0 && (bracketed ? entry.indexOf(']') == colon - 1 : entry.indexOf(':') == colon)) {
                try {
                    port = Integer.parseInt(entry.substring(colon + 1));
                } catch (NumberFormatException e) {
                    continue;
                }
                entry = entry.substring(0, colon);
            }
            String name = bare(entry);
            int wantedPort = port;
            Rule hostRule = hostRule(name);
            if (hostRule != null) {
                rules.add((h, p) -> (wantedPort < 0 || wantedPort == p) && hostRule.matches(h, p));
            }
        }
        return new NoProxyRules(rules);
    }

    private static Rule hostRule(String name) {
        if (name.contains("/")) {
            return cidr(name);
        }
        if (isIpLiteral(name)) {
            return (h, p) -> h.equals(name);
        }
        String n = name.startsWith("*.") ? name.substring(1) : name;
        if (n.startsWith(".")) {
            return (h, p) -> h.endsWith(n);
        }
        return (h, p) -> h.equals(n) || h.endsWith("." + n);
    }

    private static Rule cidr(String block) {
        int slash = block.indexOf('/');
        String base = block.substring(0, slash);
        if (!isIpLiteral(base)) {
            return null;
        }
        byte[] network = literal(base);
        int bits;
        try {
            bits = Integer.parseInt(block.substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (network == null || bits < 0 || bits > network.length * 8) {
            return null;
        }
        return (h, p) -> {
            byte[] address = isIpLiteral(h) ? literal(h) : null;
            if (address == null || address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Parses {@code http.nonProxyHosts}: {@code |}-separated host patterns, {@code *} at either end. */
    static NoProxyRules jdk(String value) {
        if (value == null) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        for (String raw : value.split("\\|")) {
            String pattern = bare(raw.trim().toLowerCase(Locale.ROOT));
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.equals("*")) {
                rules.add((h, p) -> true);
            } else if (pattern.startsWith("*")) {
                String suffix = pattern.substring(1);
                rules.add((h, p) -> h.endsWith(suffix));
            } else if (pattern.endsWith("*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                rules.add((h, p) -> h.startsWith(prefix));
            } else {
                rules.add((h, p) -> h.equals(pattern));
            }
        }
        return new NoProxyRules(rules);
    }

    /** @return the host without IPv6 brackets */
    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || IPV6.matcher(host).matches();
    }

    /** @return the bytes of an IP literal, or null; never a name lookup (only digits, dots and colons get here) */
    private static byte[] literal(String ip) {
        if (IPV4.matcher(ip).matches()) {
            String[] parts = ip.split("\\.");
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v > 255) {
                    return null;
                }
                b[i] = (byte) v;
            }
            return b;
        }
        try {
            return InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
