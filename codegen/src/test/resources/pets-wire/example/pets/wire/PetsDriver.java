package example.pets.wire;

import example.pets.PetsClient;
import example.pets.PetsException;
import example.pets.model.Species;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the client generated from the pets model as a user would; the wire test answers with the model's
 * documented error codes and checks what the retries and the messages made of them.
 */
public final class PetsDriver {
    private PetsDriver() {
    }

    /**
     * CreatePet, which is not idempotent.
     *
     * @param endpoint the mock server
     * @return the outcome and the waits between attempts
     */
    public static String createPet(URI endpoint) {
        List<Long> sleeps = new ArrayList<>();
        try (PetsClient pets = pets(endpoint, sleeps)) {
            String id = pets.createPet(r -> r.name("Rex").species(Species.DOG).ownerEmail("owner@example.com")
                    .guardians("86-13912345678")).petId();
            return "ok " + id + ", sleeps " + sleeps;
        } catch (PetsException e) {
            return failed(e, sleeps);
        }
    }

    /**
     * RenamePet, which is idempotent.
     *
     * @param endpoint the mock server
     * @return the outcome and the waits between attempts
     */
    public static String renamePet(URI endpoint) {
        List<Long> sleeps = new ArrayList<>();
        try (PetsClient pets = pets(endpoint, sleeps)) {
            pets.renamePet(r -> r.petId(7L).name("Max"));
            return "ok, sleeps " + sleeps;
        } catch (PetsException e) {
            return failed(e, sleeps);
        }
    }

    private static String failed(PetsException e, List<Long> sleeps) {
        return "failed " + e.errorCode() + " after " + e.attempts() + " attempt(s), sleeps " + sleeps + ": "
                + e.errorMessage();
    }

    private static PetsClient pets(URI endpoint, List<Long> sleeps) {
        return PetsClient.builder()
                .endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create("PetsKeyId", "pets-secret"))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.5).sleeper(sleeps::add).build())
                .build();
    }
}
