package org.iiifgenerator.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes credentials out of log lines. At DEBUG, the AWS SDK's signer and its HTTP client print every request's
 * headers, and with temporary credentials (an IAM role's, as in ECS, AWS Batch and Lambda) one of them is the
 * session token (X-Amz-Security-Token). The secret access key is never sent; its value, and that of a token
 * given in the environment, are taken out wherever a library might print them anyway.
 */
final class CredentialRedaction {

    static final String MASK = "****";
    /** The token as a header, in a canonical request, a query parameter or JSON: whatever follows its name. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(x-amz-security-token\"?\\s*[:=]\\s*\"?)[^\\s\"&\\[\\],;]+");
    /** Shorter values are not real credentials, and masking them would mangle ordinary words. */
    private static final int SHORTEST_SECRET = 8;

    private final List<String> secrets;

    CredentialRedaction(List<String> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.strip().length() >= SHORTEST_SECRET)
                .map(String::strip).distinct().toList();
    }

    /** The credentials of the SDK's default chain: environment variables and system properties. */
    static CredentialRedaction of(Map<String, String> environment, Properties systemProperties) {
        return new CredentialRedaction(Stream.of(environment.get("AWS_SECRET_ACCESS_KEY"),
                environment.get("AWS_SESSION_TOKEN"), systemProperties.getProperty("aws.secretAccessKey"),
                systemProperties.getProperty("aws.sessionToken")).toList());
    }

    String apply(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        Matcher token = TOKEN.matcher(redacted);
        return token.find() ? token.replaceAll("$1" + Matcher.quoteReplacement(MASK)) : redacted;
    }
}
