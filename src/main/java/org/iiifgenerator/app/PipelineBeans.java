package org.iiifgenerator.app;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.iiifgenerator.pipeline.CollectionPlanner;
import org.iiifgenerator.pipeline.CollectionPublisher;
import org.iiifgenerator.pipeline.FailureRecorder;
import org.iiifgenerator.pipeline.ImageServicePublisher;
import org.iiifgenerator.pipeline.ManifestPublisher;
import org.iiifgenerator.pipeline.PageTiling;
import org.iiifgenerator.pipeline.RunLifecycle;
import org.iiifgenerator.source.ImageSources;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.tiling.VipsPageCounter;
import org.iiifgenerator.vips.Vips;

/** The beans the YAML routes call, by the names the routes use. */
public class PipelineBeans implements CamelConfiguration {

    @PropertyInject(value = "vips.concurrency", defaultValue = "0")
    private int vipsConcurrency;

    @Override
    public void configure(CamelContext camelContext) {
        Vips.init(vipsConcurrency);
    }

    private final Storages storages = new Storages();

    @BindToRegistry
    public JobFactory jobFactory() {
        return new JobFactory();
    }

    @BindToRegistry
    public RunLifecycle runLifecycle() {
        return new RunLifecycle(storages, new ImageSources(storages));
    }

    @BindToRegistry
    public CollectionPlanner collectionPlanner() {
        return new CollectionPlanner(new VipsPageCounter(), storages);
    }

    @BindToRegistry
    public PageTiling pageTiling() {
        return new PageTiling();
    }

    @BindToRegistry
    public ImageServicePublisher imageServicePublisher() {
        return new ImageServicePublisher();
    }

    @BindToRegistry
    public ManifestPublisher manifestPublisher() {
        return new ManifestPublisher();
    }

    @BindToRegistry
    public CollectionPublisher collectionPublisher() {
        return new CollectionPublisher(storages);
    }

    @BindToRegistry
    public FailureRecorder failureRecorder() {
        return new FailureRecorder();
    }
}
