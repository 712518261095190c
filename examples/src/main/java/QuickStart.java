import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.auth.EnvironmentCredentialsProvider;

public class QuickStart {
    public static void main(String[] args) {
        try (CmsClient cms = CmsClient.builder()
                .region("cn-hangzhou")
                .credentialsProvider(EnvironmentCredentialsProvider.create())
                .build()) {
            PutContactResponse r = cms.putContact(c -> c
                    .contactName("Alice")
                    .describe("on-call DBA")
                    .channelsMail("alice@example.com"));
            System.out.println(r.requestId());
        }
    }
}
