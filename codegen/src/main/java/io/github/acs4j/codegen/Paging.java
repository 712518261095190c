package io.github.acs4j.codegen;

/** How a list operation pages: which request and response members hold the position, size, items, total. */
final class Paging {
    String style;
    String pageNumber;
    String pageSize;
    String nextToken;
    String items;
    String total;
    String itemsNoun = "items";
}
