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
    void fullResolutionIsKnownFromTheSizeOfFullMax() {
        ImageService capped = service(IiifVersion.V3);
        ImageService uncapped = new ImageService(ID, IiifVersion.V3, 750, 563, 256, List.of(1, 2), SIZES,
                new Size(750, 563), TileFormat.JPG);

        assertThat(capped.isMaxSizeFullResolution()).isFalse();
        assertThat(uncapped.isMaxSizeFullResolution()).isTrue();
    }

    private static ImageService service(IiifVersion version) {
        return new ImageService(ID, version, 6000, 4500, 256, List.of(1, 2, 4, 8, 16), SIZES, SIZES.getLast(),
                TileFormat.JPG);
    }
}
