package org.iiifgenerator.layout;

import static org.assertj.core.api.Assertions.assertThat;

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
