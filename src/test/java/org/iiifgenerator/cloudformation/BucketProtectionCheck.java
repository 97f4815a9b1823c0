package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Every S3 bucket, in every outcome of its conditions, blocks and ignores public ACLs (public reading, where
 * wanted, goes through a bucket policy or CloudFront) and encrypts new objects by default.
 */
final class BucketProtectionCheck implements TemplateCheck {

    @Override
    public List<String> problems(Template template) {
        VariantProblems problems = new VariantProblems();
        for (String bucket : template.resourcesOfType("AWS::S3::Bucket")) {
            for (ConditionalVariants.Variant variant : ConditionalVariants.of(template.properties(bucket))) {
                JsonNode properties = variant.value();
                String where = "Resources/" + bucket + "/Properties/";
                for (String setting : List.of("BlockPublicAcls", "IgnorePublicAcls")) {
                    JsonNode value = properties.path("PublicAccessBlockConfiguration").path(setting);
                    if (!value.asText().equals("true")) {
                        problems.add(where + "PublicAccessBlockConfiguration/" + setting + ": must be true, is "
                                + (value.isMissingNode() ? "not set" : value), variant);
                    }
                }
                JsonNode rules = properties.path("BucketEncryption").path("ServerSideEncryptionConfiguration");
                if (!rules.isArray() || rules.isEmpty()) {
                    problems.add(where + "BucketEncryption: no default server-side encryption", variant);
                }
            }
        }
        return problems.problems();
    }
}
