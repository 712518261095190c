package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/** One API operation of the model. */
final class OperationModel {
    String action;
    String summary = "";
    String javadoc = "";
    String clientDoc;
    String style = "RPC";
    String method = "POST";
    String path = "/";
    boolean idempotent;
    /** The wire name of the request member whose presence makes a non-idempotent operation idempotent, or null. */
    String idempotentWhen;
    String idempotency;
    String source;
    final List<Member> request = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    CopyFrom copyFrom;
    String responseJavadoc = "";
    final List<Member> response = new ArrayList<>();
    final List<String> mustCarry = new ArrayList<>();
    Paging paging;
    final List<String> errors = new ArrayList<>();
    String validatorHook;
    String readerHook;

    /** {@code PutContact} becomes {@code putContact}. */
    String method() {
        return Character.toLowerCase(action.charAt(0)) + action.substring(1);
    }

    /** {@code PutContact} becomes {@code PUT_CONTACT}. */
    String constant() {
        return Names.constant(action);
    }

    Member requestMember(String javaName) {
        return Member.byJava(request, javaName);
    }

    Member responseMember(String javaName) {
        return Member.byJava(response, javaName);
    }
}
