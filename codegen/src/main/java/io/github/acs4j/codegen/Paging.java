package io.github.acs4j.codegen;

/** How a list operation pages: which request and response members hold the position, size, items, total. */
final class Paging {
    String style;
    String pageNumber;
    String pageSize;
    String nextToken;
    String items;
    String total;
    /** The response member reporting which page this is, or null: lets a paginator see a stuck position. */
    String position;
    String itemsNoun = "items";
}
