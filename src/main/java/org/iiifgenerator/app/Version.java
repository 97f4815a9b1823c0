package org.iiifgenerator.app;

import org.iiifgenerator.vips.Vips;
import picocli.CommandLine.IVersionProvider;

/** Versions that explain output differences: this tool's and the libvips that made the tiles. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = IiifGenerator.class.getPackage().getImplementationVersion();
        Vips.init(0);
        return new String[] {"iiif-generator " + (version == null ? "(development build)" : version),
                "libvips " + Vips.version(), "Java " + Runtime.version()};
    }
}
