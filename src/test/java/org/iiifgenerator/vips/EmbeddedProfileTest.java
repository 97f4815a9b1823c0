package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which embedded profiles are applied, which are sRGB already, and which lcms refuses, with the reason. */
class EmbeddedProfileTest {

    /** Installed by bin/setup-debian (docker/test-packages.txt): colord-data, icc-profiles-free, libgs-common. */
    static final Path ICC = Path.of("/usr/share/color/icc");

    @TempDir
    static Path dir;
    static Path rgb;
    static Path grey;

    @BeforeAll
    static void makeImages() {
        rgb = TestImages.image(dir.resolve("rgb.jpg"), 40, 30);
        grey = dir.resolve("grey.jpg");
        VipsCli.run("vips", "colourspace", rgb.toString(), grey.toString(), "b-w");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "colord/sRGB.icc, rgb, SRGB",
            "sRGB.icc, rgb, SRGB",
            "ghostscript/srgb.icc, rgb, SRGB",
            "colord/AdobeRGB1998.icc, rgb, CONVERT",
            "colord/ProPhotoRGB.icc, rgb, CONVERT",
            "colord/ECI-RGBv2.icc, rgb, CONVERT",
            "Gray.icc, grey, CONVERT",
    })
    void verdict(String profile, String image, EmbeddedProfile.Verdict expected) {
        assertThat(verdictOn(image.equals("rgb") ? rgb : grey, profileBytes(profile)).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
            "colord/Crayons.icc | rgb | it is a device link, abstract or named-colour profile, not an image's colour space",
            "Gray.icc | rgb | it describes GRAY colours, the image is RGB",
            "colord/AdobeRGB1998.icc | grey | it describes RGB colours, the image is grey",
    })
    void refusedWithItsReason(String profile, String image, String reason) {
        EmbeddedProfile verdict = verdictOn(image.equals("rgb") ? rgb : grey, profileBytes(profile));
        assertThat(verdict.verdict()).isEqualTo(EmbeddedProfile.Verdict.REFUSED);
        assertThat(verdict.refusal()).isEqualTo(reason);
    }

    @Test
    void garbageIsRefusedAndItsComplaintIsNoLaterFailuresReason() throws java.io.IOException {
        byte[] garbage = new byte[300];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 7);
        }
        // Once libvips has made an ICC transform, it routes lcms' error messages into its error buffer.
        Path adobe = TestImages.jpegWithIccProfile(rgb, profileBytes("colord/AdobeRGB1998.icc"), dir.resolve("adobe.jpg"));
        try (VipsImage image = Vips.open(adobe, LoadOptions.firstPage()); VipsImage srgb = image.toSrgb()) {
            assertThat(srgb.interpretation()).isEqualTo("srgb");
        }
        EmbeddedProfile verdict = verdictOn(rgb, garbage);
        assertThat(verdict.verdict()).isEqualTo(EmbeddedProfile.Verdict.REFUSED);
        assertThat(verdict.refusal()).isEqualTo("lcms cannot read it (corrupt or truncated, 300 bytes)");
        Path broken = Files.writeString(dir.resolve("broken.jpg"), "not an image");
        assertThatThrownBy(() -> Vips.open(broken, LoadOptions.firstPage()))
                .isInstanceOf(VipsException.class)
                .hasMessageEndingWith("open: VipsForeignLoad: \"" + broken + "\" is not a known file format");
    }

    @Test
    void anUntaggedImageHasNone() {
        try (VipsImage image = Vips.open(rgb, LoadOptions.firstPage())) {
            assertThat(image.embeddedProfile().verdict()).isEqualTo(EmbeddedProfile.Verdict.NONE);
        }
    }

    private static EmbeddedProfile verdictOn(Path jpeg, byte[] profile) {
        Path tagged = TestImages.jpegWithIccProfile(jpeg, profile, dir.resolve("tagged-" + System.nanoTime() + ".jpg"));
        try (VipsImage image = Vips.open(tagged, LoadOptions.firstPage())) {
            return image.embeddedProfile();
        }
    }

    static byte[] profileBytes(String name) {
        try {
            return Files.readAllBytes(ICC.resolve(name));
        } catch (java.io.IOException e) {
            throw new AssertionError(ICC.resolve(name) + " is missing: run bin/setup-debian, which installs the "
                    + "packages in docker/test-packages.txt", e);
        }
    }
}
