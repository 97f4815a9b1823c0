package org.iiifgenerator.iiif.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;
import org.junit.jupiter.api.Test;

class ImageServiceTest {

    private static final String ID = "https://iiif.example.org/tiles/ms-1-1";
    private static final List<Size> SIZES = List.of(new Size(188, 141), new Size(375, 282), new Size(750, 563));

    @Test
    void theLargestWholeImageIsFullMaxInVersion3AndFullFullInVersion2() {
        assertThat(service(IiifVersion.V3).maxImageUrl()).isEqualTo(ID + "/full/max/0/default.jpg");
        assertThat(service(IiifVersion.V2).maxImageUrl()).isEqualTo(ID + "/full/full/0/default.jpg");
    }

    @Test
    void aPreRenderedSizeUsesTheCanonicalSizeSegmentOfItsVersion() {
        assertThat(service(IiifVersion.V3).sizeUrl(new Size(375, 282))).isEqualTo(ID + "/full/375,282/0/default.jpg");
        assertThat(service(IiifVersion.V2).sizeUrl(new Size(375, 282))).isEqualTo(ID + "/full/375,/0/default.jpg");
    }

    @Test
    void theThumbnailIsTheSmallestSizeAtLeastAsLongAsAsked() {
        assertThat(service(IiifVersion.V3).thumbnailSize(200)).isEqualTo(new Size(375, 282));
        assertThat(service(IiifVersion.V3).thumbnailSize(188)).isEqualTo(new Size(188, 141));
    }

    @Test
    void theThumbnailIsTheLargestSizeWhenNoneIsLongEnough() {
        assertThat(service(IiifVersion.V3).thumbnailSize(1000)).isEqualTo(new Size(750, 563));
    }

    @Test
    void aStripsThumbnailIsTheSmallestSizeHalfAsWideAsLong() {
        // 100 x 3000 at tile 256: every level is 30 times as tall as it is wide.
        List<Integer> factors = Pyramid.scaleFactors(100, 3000, 256);
        List<Size> sizes = DerivedSizes.choose(100, 3000, factors, 2048);
        assertThat(sizes).as("the smallest level is 7 x 188").startsWith(new Size(7, 188));

        assertThat(service(100, 3000, factors, sizes).thumbnailSize(200))
                .as("no listed size is 100 wide: the largest listed, not 13 x 375").isEqualTo(new Size(50, 1500));
        List<Integer> wideFactors = Pyramid.scaleFactors(3000, 600, 256);
        assertThat(service(3000, 600, wideFactors, DerivedSizes.choose(3000, 600, wideFactors, 2048))
                .thumbnailSize(200)).as("not 375 x 75, whose shorter side is under 100").isEqualTo(new Size(750, 150));
    }

    @Test
    void aLongStripsThumbnailIsItsLargestListedSizeNotOnePixelWide() {
        List<Integer> factors = Pyramid.scaleFactors(40, 20000, 256);
        List<Size> sizes = DerivedSizes.choose(40, 20000, factors, 2048);
        assertThat(sizes.getFirst()).isEqualTo(new Size(1, 157));

        assertThat(service(40, 20000, factors, sizes).thumbnailSize(200)).isEqualTo(new Size(3, 1250));
    }

    @Test
    void aOnePixelImageIsItsOwnThumbnail() {
        assertThat(service(1, 1, List.of(1), List.of(new Size(1, 1))).thumbnailSize(200)).isEqualTo(new Size(1, 1));
    }

    @Test
    void fullResolutionIsKnownFromTheSizeOfFullMax() {
        ImageService capped = service(IiifVersion.V3);
        ImageService uncapped = new ImageService(ID, IiifVersion.V3, 750, 563, 256, List.of(1, 2), SIZES,
                new Size(750, 563), TileFormat.JPG);

        assertThat(capped.isMaxSizeFullResolution()).isFalse();
        assertThat(uncapped.isMaxSizeFullResolution()).isTrue();
    }

    private static ImageService service(int width, int height, List<Integer> factors, List<Size> sizes) {
        return new ImageService(ID, IiifVersion.V3, width, height, 256, factors, sizes, sizes.getLast(),
                TileFormat.JPG);
    }

    private static ImageService service(IiifVersion version) {
        return new ImageService(ID, version, 6000, 4500, 256, List.of(1, 2, 4, 8, 16), SIZES, SIZES.getLast(),
                TileFormat.JPG);
    }
}
