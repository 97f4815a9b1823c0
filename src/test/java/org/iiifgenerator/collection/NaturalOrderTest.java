package org.iiifgenerator.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    private static final NaturalOrder ORDER = NaturalOrder.INSTANCE;

    @Test
    void numbersCompareByValue() {
        assertSortsTo("page_1.tif", "page_2.tif", "page_9.tif", "page_10.tif", "page_11.tif", "page_100.tif");
        assertSortsTo("p2", "p10");
    }

    @Test
    void everyNumberInANameCounts() {
        assertSortsTo("vol2_p9", "vol2_p10", "vol10_p1", "vol10_p2");
    }

    @Test
    void leadingZerosAreEqualInValueAndShorterRunsComeFirst() {
        assertSortsTo("p1", "p01", "p001", "p2", "p02", "p10");
        assertThat(ORDER.compare("p002", "p2")).isPositive();
    }

    @Test
    void laterDifferencesOutrankLeadingZeros() {
        assertSortsTo("p02a", "p2b");
    }

    @Test
    void lettersIgnoreCaseUntilEverythingElseIsEqual() {
        assertSortsTo("apple", "Banana", "cherry");
        assertSortsTo("IMG_1", "img_2");
        assertSortsTo("A", "a");
    }

    @Test
    void aPrefixSortsFirst() {
        assertSortsTo("p", "p1", "p1a", "p1a2");
        assertSortsTo("", "0");
    }

    @Test
    void digitsSortLikeDigitCharacters() {
        // '.' and '-' are below '0' in ASCII, '_' and letters above '9'.
        assertSortsTo("a-1", "a.1", "a1", "a_1", "aa");
    }

    @Test
    void numbersLongerThanALongCompareByValue() {
        String twentyNines = "9".repeat(20);
        String oneAndTwentyZeros = "1" + "0".repeat(20);
        assertSortsTo("x" + twentyNines, "x" + oneAndTwentyZeros, "x" + oneAndTwentyZeros + "1");
        assertSortsTo("x" + "1".repeat(40), "x000" + "1".repeat(40), "x" + "1".repeat(39) + "2");
    }

    @Test
    void distinctStringsNeverCompareEqual() {
        assertThat(ORDER.compare("a", "A")).isNotZero();
        assertThat(ORDER.compare("p01", "p1")).isNotZero();
        assertThat(ORDER.compare("same", "same")).isZero();
    }

    @Test
    void sortingIsIndependentOfInputOrder() {
        List<String> names = randomNames(new Random(7), 300);
        List<String> expected = new ArrayList<>(names);
        expected.sort(ORDER);
        Random shuffler = new Random(11);
        for (int round = 0; round < 25; round++) {
            Collections.shuffle(names, shuffler);
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(ORDER);
            assertThat(sorted).isEqualTo(expected);
        }
    }

    @Test
    void obeysTheComparatorContract() {
        List<String> names = randomNames(new Random(42), 140);
        for (String a : names) {
            for (String b : names) {
                int ab = Integer.signum(ORDER.compare(a, b));
                assertThat(ab).as("sign of (%s, %s) vs (%s, %s)", a, b, b, a)
                        .isEqualTo(-Integer.signum(ORDER.compare(b, a)));
                assertThat(ab == 0).as("(%s, %s) equal only when the strings are", a, b).isEqualTo(a.equals(b));
                for (String c : names) {
                    if (ab < 0 && ORDER.compare(b, c) < 0) {
                        assertThat(ORDER.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    private static void assertSortsTo(String... expectedOrder) {
        List<String> expected = List.of(expectedOrder);
        List<String> reversed = new ArrayList<>(expected.reversed());
        reversed.sort(ORDER);
        assertThat(reversed).isEqualTo(expected);
        for (int i = 0; i + 1 < expectedOrder.length; i++) {
            assertThat(ORDER.compare(expectedOrder[i], expectedOrder[i + 1]))
                    .as("%s before %s", expectedOrder[i], expectedOrder[i + 1]).isNegative();
        }
    }

    /** Short names over an alphabet chosen to collide often: digits, zeros, both cases and separators. */
    private static List<String> randomNames(Random random, int count) {
        String alphabet = "0012789aAbB_-.";
        List<String> names = new ArrayList<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!names.contains(name.toString())) {
                names.add(name.toString());
            }
        }
        return names;
    }
}
