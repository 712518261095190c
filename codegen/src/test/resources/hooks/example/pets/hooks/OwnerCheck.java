package example.pets.hooks;

import example.pets.model.CreatePetRequest;
import io.github.acs4j.core.internal.Validation;

/** A validator hook as a product would write it: one extra rule after the model's own. */
public final class OwnerCheck {
    private OwnerCheck() {
    }

    /**
     * @param r the request
     * @param v the model's checks, already run
     * @return the checks
     */
    public static Validation check(CreatePetRequest r, Validation v) {
        return v.require(!"Nobody".equals(r.name()), "Name must not be Nobody");
    }
}
