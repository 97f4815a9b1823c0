package org.iiifgenerator.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeySegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ms2016_012_Womens_Development_Corp", "Box2_Folder19_Synopsis", "Ms1995_007_Piomelli",
            "ms-1.2~draft"})
    void identifiersOfTheReplacedSystemKeepTheirKey(String identifier) {
        assertThat(KeySegments.of(identifier)).isEqualTo(identifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"देवनागरी लिपि", "漢字の長い名前", "Ελληνικά γράμματα", "Latin letters"})
    void aLongIdentifierKeepsAReadablePrefixAndAShortHashWithinTheLimit(String words) {
        String identifier = (words + " ").repeat(40).strip();

        String key = KeySegments.of(identifier);

        assertThat(key.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(KeySegments.MAX_BYTES)
                .isGreaterThan(KeySegments.MAX_BYTES - 4);
        assertThat(key).matches(".*~[0-9a-f]{10}");
        assertThat(identifier).startsWith(key.substring(0, key.length() - 11));
        assertThat(KeySegments.of(identifier)).as("the same name, the same key").isEqualTo(key);
        assertThat(KeySegments.of(identifier + "2")).as("names differing only at the end").isNotEqualTo(key);
    }

    @Test
    void aLongIdentifierIsNotCutBetweenALetterAndItsMarks() {
        // 2 + 27 * 6 bytes fit before the hash; a cut by code points would keep the 28th क without its ि.
        String identifier = "ab" + "कि".repeat(30);

        String key = KeySegments.of(identifier);

        assertThat(key.substring(0, key.length() - 11)).endsWith("कि");
    }

    @Test
    void anIdentifierWithinTheLimitIsKeptWhole() {
        String identifier = "é".repeat(KeySegments.MAX_BYTES / 2);

        assertThat(KeySegments.of(identifier)).isEqualTo(identifier);
    }

    @Test
    void innerSpacesAreKeptAndSurroundingWhitespaceIsStripped() {
        assertThat(KeySegments.of("  Letter to Jane Doe \t")).isEqualTo("Letter to Jane Doe");
    }

    @Test
    void lettersAndDigitsOfAnyScriptAreKept() {
        assertThat(KeySegments.of("Żółć Ελληνικά 日本語 ١٢٣")).isEqualTo("Żółć Ελληνικά 日本語 ١٢٣");
    }

    @Test
    void composedAndDecomposedFormsGiveTheSameComposedKey() {
        String composed = "Caf\u00e9 M\u00fcller";
        String decomposed = "Cafe\u0301 Mu\u0308ller";

        assertThat(KeySegments.of(decomposed)).isEqualTo(KeySegments.of(composed)).isEqualTo(composed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Box2/Folder19 | Box2_Folder19",
            "what?      | what_",
            "item#3     | item_3",
            "100%       | 100_",
            "a+b        | a_b",
            "back\\slash | back_slash",
            "c:drive    | c_drive",
            "\"tab\there\" | tab_here"})
    void charactersUnsafeInPathsOrUrlsBecomeUnderscores(String identifier, String key) {
        assertThat(KeySegments.of(identifier)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {".hidden | _.hidden", ". | _.", ".. | _.."})
    void aLeadingDotIsPrefixedSoTheFolderIsNeitherHiddenNorSpecial(String identifier, String key) {
        assertThat(KeySegments.of(identifier)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyIdentifierStillGivesAUsableSegment(String identifier) {
        assertThat(KeySegments.of(identifier)).isEqualTo("_");
    }
}
