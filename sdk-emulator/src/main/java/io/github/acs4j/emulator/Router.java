package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@code Version} and {@code Action} to the product operation that answers them. Each product handler
 * registers its operations here; nothing else knows the list.
 */
final class Router {
    /** One product operation: reads the parameters, works on the caller's account, returns the body. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param params the request's parameters
         * @param account the caller's account (its lock is held)
         * @param requestId the RequestId of this answer
         * @return the success body, {@code RequestId} included
         * @throws ApiError for a documented failure
         */
        ObjectNode handle(Params params, Account account, String requestId);
    }

    /** A product: its name, version, and whether its bodies carry {@code Success} (CloudMonitor). */
    static final class Product {
        final String name;
        final String version;
        final boolean successFlag;
        final Map<String, Handler> actions = new TreeMap<>();

        Product(String name, String version, boolean successFlag) {
            this.name = name;
            this.version = version;
            this.successFlag = successFlag;
        }
    }

    /** A resolved route. */
    static final class Route {
        final Product product;
        final Handler handler;

        Route(Product product, Handler handler) {
            this.product = product;
            this.handler = handler;
        }
    }

    private final Map<String, Product> byVersion = new HashMap<>();

    /** @return the product, created on first use */
    Product product(String name, String version, boolean successFlag) {
        return byVersion.computeIfAbsent(version, v -> new Product(name, version, successFlag));
    }

    void add(Product product, String action, Handler handler) {
        product.actions.put(action, handler);
    }

    /** @return the product serving the version, or null */
    Product productOf(String version) {
        return version == null ? null : byVersion.get(version);
    }

    /**
     * @throws ApiError {@code MissingParameter} without Action/Version, {@code InvalidVersion} for a version
     *     no product here speaks, {@code InvalidAction.NotFound} for an unknown action
     */
    Route route(String action, String version) {
        if (action == null || action.isEmpty()) {
            throw ApiError.missing("Action");
        }
        if (version == null || version.isEmpty()) {
            throw ApiError.missing("Version");
        }
        Product product = byVersion.get(version);
        if (product == null) {
            throw new ApiError(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }
        Handler h = product.actions.get(action);
        if (h == null) {
            throw new ApiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        }
        return new Route(product, h);
    }
}
