package org.iiifgenerator.vips;

/** The IIIF directory layouts of vips_dzsave, with their values in the C enum VipsForeignDzLayout. */
public enum DzLayout {
    /** IIIF Image API 2: tile size directories are named {@code w,}. */
    IIIF(3),
    /** IIIF Image API 3: tile size directories are named {@code w,h}. */
    IIIF3(4);

    private final int nativeValue;

    DzLayout(int nativeValue) {
        this.nativeValue = nativeValue;
    }

    int nativeValue() {
        return nativeValue;
    }
}
