package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialRedactionTest {

    private static final String TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+abc=";

    /** How the SDK's signer, Apache's header and wire logs, a presigned URL and JSON show a session token. */
    @ParameterizedTest
    @ValueSource(strings = {"x-amz-security-token:%s", "X-Amz-Security-Token: %s",
            "\"X-Amz-Security-Token: %s[\\r][\\n]\"",
            "https://b.s3.amazonaws.com/k?X-Amz-Security-Token=%s&X-Amz-Date=1", "{\"x-amz-security-token\" : \"%s\"}"})
    void aSessionTokenIsMaskedWhereverItsHeaderNameIs(String form) {
        String redacted = new CredentialRedaction(List.of()).apply(form.formatted(TOKEN));

        assertThat(redacted).doesNotContain(TOKEN).isEqualTo(form.formatted(CredentialRedaction.MASK));
    }

    @Test
    void theCredentialsOfTheEnvironmentAndSystemPropertiesAreMaskedAnywhere() {
        Properties properties = new Properties();
        properties.setProperty("aws.secretAccessKey", "property-secret-1234");
        CredentialRedaction redaction = CredentialRedaction.of(
                Map.of("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG", "AWS_SESSION_TOKEN", "token-from-env"),
                properties);

        assertThat(redaction.apply("a wJalrXUtnFEMI/K7MDENG b property-secret-1234 c token-from-env d"))
                .isEqualTo("a **** b **** c **** d");
    }

    @Test
    void ordinaryTextAndShortValuesAreLeftAlone() {
        CredentialRedaction redaction = CredentialRedaction.of(Map.of("AWS_SECRET_ACCESS_KEY", "s3"),
                new Properties());

        assertThat(redaction.apply("Published 3 pages to s3://bucket")).isEqualTo("Published 3 pages to s3://bucket");
    }
}
