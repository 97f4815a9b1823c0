package org.iiifgenerator.app;

import java.time.Duration;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.events.ExtensionEvents;
import org.iiifgenerator.members.ObjectRemoval;
import org.iiifgenerator.pipeline.CollectionPlanner;
import org.iiifgenerator.pipeline.CollectionPublisher;
import org.iiifgenerator.pipeline.ExtraMetadata;
import org.iiifgenerator.pipeline.FailureRecorder;
import org.iiifgenerator.pipeline.ImageServicePublisher;
import org.iiifgenerator.pipeline.LegacyRecords;
import org.iiifgenerator.pipeline.ManifestPublisher;
import org.iiifgenerator.pipeline.ObjectNaming;
import org.iiifgenerator.pipeline.PageTiling;
import org.iiifgenerator.pipeline.PublishedImages;
import org.iiifgenerator.pipeline.RunLifecycle;
import org.iiifgenerator.pipeline.RunStop;
import org.iiifgenerator.pipeline.ShardMerger;
import org.iiifgenerator.pipeline.ShardRecords;
import org.iiifgenerator.source.ImageSources;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.tiling.VipsPageCounter;

/**
 * The steps the collection, object, image and publish routes call: planning, naming, tiling, publishing and a
 * run's lifecycle.
 */
public class PipelineStepsConfiguration implements CamelConfiguration {

    @PropertyInject(value = SettingsRegistry.PARALLEL_UPLOADS, defaultValue = SettingsRegistry.PARALLEL_UPLOADS_DEFAULT)
    private int parallelUploads;

    @PropertyInject(value = SettingsRegistry.IDENTIFIER_STEP, defaultValue = "")
    private String identifierStep;

    @PropertyInject(value = SettingsRegistry.SHUTDOWN_TIMEOUT_SECONDS, defaultValue = "20")
    private int shutdownTimeoutSeconds;

    /** Asked to stop by SIGTERM or Ctrl-C (see StopSignals). */
    @BindToRegistry
    public RunStop runStop() {
        if (shutdownTimeoutSeconds < 1) {
            throw new Settings.SettingException(SettingsRegistry.SHUTDOWN_TIMEOUT_SECONDS,
                    "must be at least 1, not " + shutdownTimeoutSeconds);
        }
        return new RunStop(Duration.ofSeconds(shutdownTimeoutSeconds));
    }

    @BindToRegistry
    public RunLifecycle runLifecycle(Storages storages, RunStop runStop) {
        return new RunLifecycle(storages, new ImageSources(storages), runStop);
    }

    @BindToRegistry
    public CollectionPlanner collectionPlanner(Storages storages) {
        return new CollectionPlanner(new VipsPageCounter(), storages);
    }

    @BindToRegistry
    public ObjectNaming objectNaming() {
        return new ObjectNaming(identifierStep);
    }

    @BindToRegistry
    public ExtraMetadata extraMetadata() {
        return new ExtraMetadata();
    }

    @BindToRegistry
    public LegacyRecords legacyRecords() {
        return new LegacyRecords();
    }

    @BindToRegistry
    public PublishedImages publishedImages() {
        return new PublishedImages();
    }

    @BindToRegistry
    public PageTiling pageTiling() {
        return new PageTiling();
    }

    @BindToRegistry
    public ImageServicePublisher imageServicePublisher() {
        return new ImageServicePublisher(parallelUploads);
    }

    @BindToRegistry
    public ManifestPublisher manifestPublisher() {
        return new ManifestPublisher();
    }

    @BindToRegistry
    public CollectionPublisher collectionPublisher() {
        return new CollectionPublisher();
    }

    @BindToRegistry
    public ShardRecords shardRecords() {
        return new ShardRecords();
    }

    @BindToRegistry
    public ShardMerger shardMerger() {
        return new ShardMerger();
    }

    @BindToRegistry
    public FailureRecorder failureRecorder() {
        return new FailureRecorder();
    }

    @BindToRegistry
    public ExtensionEvents extensionEvents() {
        return new ExtensionEvents();
    }

    @BindToRegistry
    public ObjectRemoval objectRemoval(Storages storages) {
        return new ObjectRemoval(storages);
    }
}
