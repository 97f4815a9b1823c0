package org.iiifgenerator.cloudformation;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * The schemas' {@code pattern}s are ECMAScript regular expressions, where {@code [} inside a character class is a
 * plain character; to java.util.regex it opens a nested class (e.g. {@code [@[\]+=]} in the EC2 security group
 * schema). Escaping it lets the JDK engine read them as written; the rest of the translation is the library's.
 */
final class EcmaScriptPatterns implements RegularExpressionFactory {

    @Override
    public RegularExpression getRegularExpression(String regex) {
        return JDKRegularExpressionFactory.getInstance().getRegularExpression(literalBracketsInClasses(regex));
    }

    static String literalBracketsInClasses(String regex) {
        StringBuilder java = new StringBuilder(regex.length());
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                java.append(c).append(regex.charAt(++i));
                continue;
            }
            if (inClass && c == '[') {
                java.append("\\[");
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']' && inClass) {
                inClass = false;
            }
            java.append(c);
        }
        return java.toString();
    }
}
