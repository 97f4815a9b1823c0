package org.iiifgenerator.task;

import org.iiifgenerator.config.Setting;
import org.iiifgenerator.config.SettingsRegistry;

/**
 * Our own options, which a task may set in its {@code environment} next to the {@link PredecessorVariable}s. The key
 * each one sets, its values and their check are its entry's in {@link SettingsRegistry} (a task's TILE_SIZE sets
 * iiif.tile-size), the same as the key's; docs/tasks-and-aws.md and docs/output.md list them for users.
 *
 * <p>A new option is the task field of its setting in the registry, and one constant here.
 */
public enum TaskOption {
    IIIF_VERSION,
    TILE_SIZE,
    TILE_FORMAT,
    QUALITY,
    SIZES_MAX,
    PDF_DPI,
    PYRAMID_TIFF,
    IMAGE_SERVER,
    LANGUAGE,
    COLLECTION_LABEL,
    PROVIDER_LABEL,
    PROVIDER_HOMEPAGE,
    PROVIDER_LOGO,
    FORCE,
    RECORDS,
    PUBLISH_RECORDS,
    PUBLISH_INDEX,
    PUBLISH_CSV,
    DISPATCH,
    SHARDS;

    private final String configurationKey;

    /** The registry says which key a task field sets; this enum lists the fields a task file may use. */
    TaskOption() {
        this.configurationKey = SettingsRegistry.ofTaskField(name()).map(Setting::key).orElseThrow(
                () -> new IllegalStateException("No setting has the task field " + name()));
    }

    public String configurationKey() {
        return configurationKey;
    }

    /** The option that sets a configuration key. */
    public static TaskOption of(String configurationKey) {
        for (TaskOption option : values()) {
            if (option.configurationKey.equals(configurationKey)) {
                return option;
            }
        }
        throw new IllegalArgumentException("No task option sets " + configurationKey);
    }
}
