package org.iiifgenerator.collection;

import java.util.Comparator;

/**
 * Orders names the way people number scans: {@code page_9.tif} before {@code page_10.tif}.
 *
 * <p>Runs of ASCII digits compare by numeric value (of any length, so long shelf marks cannot overflow), everything
 * else compares character by character ignoring case. Names that are still equal are ordered by their digit runs'
 * lengths ({@code p2} before {@code p02}) and finally by {@link String#compareTo}, so two different names never
 * compare equal and sorting is deterministic regardless of the order files were listed in.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        // Remembered rather than returned: "p02x" vs "p2y" must be decided by x/y, not by the zeros.
        int firstLeadingZeroDifference = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int endA = digitRunEnd(a, i);
                int endB = digitRunEnd(b, j);
                int byValue = compareNumbers(a, i, endA, b, j, endB);
                if (byValue != 0) {
                    return byValue;
                }
                if (firstLeadingZeroDifference == 0) {
                    firstLeadingZeroDifference = Integer.compare(endA - i, endB - j);
                }
                i = endA;
                j = endB;
            } else {
                // A digit facing a non-digit lands here too. That stays consistent because every non-digit sorts
                // entirely below '0' or entirely above '9', so a number always sorts like any other digit would.
                int byCharacter = Character.compare(foldCase(a.charAt(i)), foldCase(b.charAt(j)));
                if (byCharacter != 0) {
                    return byCharacter;
                }
                i++;
                j++;
            }
        }
        if (i < a.length() || j < b.length()) {
            return i < a.length() ? 1 : -1;
        }
        return firstLeadingZeroDifference != 0 ? firstLeadingZeroDifference : a.compareTo(b);
    }

    /**
     * Only ASCII digits count: other scripts' digits would each sort next to their own block, and numbers mixing
     * them could then compare inconsistently with the text around them, breaking transitivity.
     */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitRunEnd(String s, int start) {
        int end = start;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares digit runs by value without parsing them: fewer significant digits is smaller, then digit by digit. */
    private static int compareNumbers(String a, int startA, int endA, String b, int startB, int endB) {
        int significantA = skipLeadingZeros(a, startA, endA);
        int significantB = skipLeadingZeros(b, startB, endB);
        int byLength = Integer.compare(endA - significantA, endB - significantB);
        if (byLength != 0) {
            return byLength;
        }
        for (int offset = 0; significantA + offset < endA; offset++) {
            int byDigit = Character.compare(a.charAt(significantA + offset), b.charAt(significantB + offset));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }

    private static int skipLeadingZeros(String s, int start, int end) {
        int first = start;
        while (first < end && s.charAt(first) == '0') {
            first++;
        }
        return first;
    }

    /** Upper- then lower-casing, as {@link String#CASE_INSENSITIVE_ORDER} does, so letters with several case forms fold together. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
