package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.Path;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;

/** Opens the image source behind a location. */
public final class ImageSources {

    private final Storages storages;

    public ImageSources(Storages storages) {
        this.storages = storages;
    }

    /** @param workArea where remote files are fetched to while they are being tiled */
    public ImageSource open(Location images, Path workArea) throws IOException {
        return images.isLocal() ? new FolderSource(images.localPath())
                : new StorageSource(storages.open(images), workArea);
    }
}
