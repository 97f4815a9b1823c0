package org.iiifgenerator.collection;

import java.util.Locale;
import org.iiifgenerator.storage.Location;

/**
 * The layout of the system we replace: an object's images sit in a folder named {@code Access} inside the
 * object's folder ({@code …/Box2_Folder19_Synopsis/Access/p1.tif}), and a task points at that Access folder.
 * Such a source is one object, named after the Access folder's parent.
 */
public final class AccessFolders {

    private static final String ACCESS = "access";

    private AccessFolders() {
    }

    /** The identifier of the one object an Access folder holds, or null when the source is a whole collection. */
    public static String objectIdentifier(Location images) {
        if (!images.name().toLowerCase(Locale.ROOT).equals(ACCESS)) {
            return null;
        }
        String parent = images.parent().name();
        return parent.isEmpty() ? null : parent;
    }
}
