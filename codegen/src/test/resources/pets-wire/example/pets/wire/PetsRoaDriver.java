package example.pets.wire;

import example.pets.PetsClient;
import example.pets.model.Collar;
import example.pets.model.Owner;
import example.pets.model.Pet;
import example.pets.model.Species;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the REST-style (ROA) operations of the generated Pets client as a user would, compiled beside the
 * generated sources; the wire test runs each method against a MockWebServer and checks what crossed the wire.
 */
public final class PetsRoaDriver {
    /** The secret the client signs with, for the test's independent verifier. */
    public static final String SECRET = "pets/roa+secret=1";

    private PetsRoaDriver() {
    }

    /**
     * @param endpoint the mock server
     * @return the answer's petId and requestId
     */
    public static String updatePetProfile(URI endpoint) {
        try (PetsClient pets = pets(endpoint)) {
            Owner owner = Owner.builder().email("vet.owner@example.com").phone("+86 13800001234").build();
            return pets.updatePetProfile(r -> r.petId("p/1 ü").traceId("t-1").dryRun(true).nickname("小白 ✓")
                    .weight(4200L).labels("calm", "old").owner(owner)
                    .collars(Collar.builder().colour("red").size(3).studs("s1").owner(owner).build(),
                            Collar.builder().colour("blue").build())).petId();
        }
    }

    /**
     * @param endpoint the mock server
     * @return the names of every pet over all pages
     */
    public static String listPetVisitsPages(URI endpoint) {
        try (PetsClient pets = pets(endpoint)) {
            List<String> names = new ArrayList<>();
            for (Pet p : pets.listPetVisitsPaginator(r -> r.petId("p1").visitIds("v1", "v 2").kinds(Species.CAT, Species.DOG)
                    .pageSize(2)).items()) {
                names.add(p.name());
            }
            return String.join(",", names);
        }
    }

    /**
     * @param endpoint the mock server (never called: validation fails first)
     * @return the exception's message
     */
    public static String updateWithoutPetId(URI endpoint) {
        try (PetsClient pets = pets(endpoint)) {
            pets.updatePetProfile(r -> r.nickname("x"));
            return "sent";
        } catch (AcsClientException e) {
            return e.getMessage();
        }
    }

    private static PetsClient pets(URI endpoint) {
        return PetsClient.builder().region("cn-hangzhou").endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create("pets-id", SECRET))
                .retryStrategy(RetryStrategy.none()).build();
    }
}
