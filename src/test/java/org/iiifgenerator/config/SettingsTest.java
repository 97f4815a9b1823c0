package org.iiifgenerator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.testsupport.TestSettings;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Settings settings = TestSettings.of(Map.of(
            "iiif.tile-size", " 512 ",
            "iiif.quality", "high",
            "iiif.csv", "",
            "iiif.collection-label", "   ",
            "iiif.output", " /srv/iiif ",
            "iiif.version", "4"));

    @Test
    void valuesAreStripped() {
        assertThat(settings.find("iiif.tile-size")).contains("512");
        assertThat(settings.number("iiif.tile-size")).isEqualTo(512);
        assertThat(settings.path("iiif.output")).contains(Path.of("/srv/iiif"));
    }

    @Test
    void blankValuesCountAsUnset() {
        assertThat(settings.find("iiif.csv")).isEmpty();
        assertThat(settings.find("iiif.collection-label")).isEmpty();
        assertThat(settings.path("iiif.csv")).isEmpty();
        assertThat(settings.find("iiif.never-configured")).isEmpty();
    }

    @Test
    void aMissingRequiredValueNamesItsKey() {
        assertThatThrownBy(() -> settings.text("iiif.csv"))
                .isInstanceOf(Settings.SettingException.class)
                .hasMessage("Setting 'iiif.csv' is not set");
    }

    @Test
    void aValueThatIsNotANumberNamesItsKeyAndValue() {
        assertThatThrownBy(() -> settings.number("iiif.quality"))
                .isInstanceOf(Settings.SettingException.class)
                .hasMessageContaining("'iiif.quality'").hasMessageContaining("'high'");
    }

    @Test
    void aParsedValueIsConverted() {
        assertThat(TestSettings.of(Map.of("iiif.version", "2.1")).parsed("iiif.version", IiifVersion::parse))
                .isEqualTo(IiifVersion.V2);
    }

    @Test
    void aParserRejectionNamesTheKeyAndKeepsTheParsersExplanation() {
        assertThatThrownBy(() -> settings.parsed("iiif.version", IiifVersion::parse))
                .isInstanceOf(Settings.SettingException.class)
                .hasMessageStartingWith("Setting 'iiif.version' ")
                .hasMessageContaining("'4'").hasMessageContaining("use 3");
    }
}
