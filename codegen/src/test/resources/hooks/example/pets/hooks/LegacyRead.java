package example.pets.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import example.pets.model.RenamePetResponse;
import io.github.acs4j.core.ResponseMetadata;

/** A reader hook as a product would write it: reads a whole answer the model cannot describe. */
public final class LegacyRead {
    private LegacyRead() {
    }

    /**
     * @param body the success body
     * @param meta the exchange's metadata
     * @return the response
     */
    public static RenamePetResponse read(JsonNode body, ResponseMetadata meta) {
        return RenamePetResponse.builder().metadata(meta).requestId(body.path("RequestId").asText(null)).build();
    }
}
