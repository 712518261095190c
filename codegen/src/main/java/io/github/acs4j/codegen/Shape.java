package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/** A structure the responses carry (an item of a list, or a nested object such as {@code Channels}). */
final class Shape {
    String name;
    String javadoc = "";
    String source;
    final List<Member> members = new ArrayList<>();
}
