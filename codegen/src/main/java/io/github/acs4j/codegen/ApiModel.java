package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One product's API model, as loaded and checked by {@link ModelLoader}. */
public final class ApiModel {
    final String file;
    final ServiceModel service = new ServiceModel();
    final Map<String, Hook> hooks = new LinkedHashMap<>();
    final Map<String, EnumModel> enums = new LinkedHashMap<>();
    final Map<String, Shape> shapes = new LinkedHashMap<>();
    final List<ErrorCode> errors = new ArrayList<>();
    final List<OperationModel> operations = new ArrayList<>();
    final Map<String, WaiterModel> waiters = new LinkedHashMap<>();

    ApiModel(String file) {
        this.file = file;
    }

    /** @return the file the model was read from */
    public String file() {
        return file;
    }

    /** @return the product code, e.g. {@code Cms} */
    public String product() {
        return service.product;
    }

    /** @return the number of operations */
    public int operationCount() {
        return operations.size();
    }
}
