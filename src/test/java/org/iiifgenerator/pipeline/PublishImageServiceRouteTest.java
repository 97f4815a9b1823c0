package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.camel.Body;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.iiifgenerator.testsupport.RoutesUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Route {@code publish-image-service}: a service is uploaded on Camel's uploadPool, and no more than
 * parallel-uploads of them at once; the tiling thread that would start one more waits for a slot.
 */
class PublishImageServiceRouteTest {

    private static final int PARALLEL_UPLOADS = 2;

    /** Upload slots as the application's, and uploads that wait until the test lets them finish. */
    public static final class StubPublisher {
        private final ImageServicePublisher slots = new ImageServicePublisher(PARALLEL_UPLOADS);
        final AtomicInteger slotsTaken = new AtomicInteger();
        final AtomicInteger uploading = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<String> uploadThreads = new CopyOnWriteArrayList<>();
        final CountDownLatch finish = new CountDownLatch(1);

        public void takeUploadSlot() throws InterruptedException {
            slots.takeUploadSlot();
            slotsTaken.incrementAndGet();
        }

        public void releaseUploadSlot() {
            slots.releaseUploadSlot();
        }

        public String publish(@Body String page) throws InterruptedException {
            mostAtOnce.accumulateAndGet(uploading.incrementAndGet(), Math::max);
            uploadThreads.add(Thread.currentThread().getName());
            finish.await(30, TimeUnit.SECONDS);
            uploading.decrementAndGet();
            return "published " + page;
        }
    }

    @Test
    void uploadsOnTheUploadPoolAtMostParallelUploadsAtOnce() throws Exception {
        StubPublisher publisher = new StubPublisher();
        try (RoutesUnderTest routes = new RoutesUnderTest(Map.of("imageServicePublisher", publisher),
                "publish.camel.yaml", "error-handling.camel.yaml")) {
            routes.context().getExecutorServiceManager().registerThreadPoolProfile(new ThreadPoolProfileBuilder(
                    "uploadPool").poolSize(PARALLEL_UPLOADS).maxPoolSize(PARALLEL_UPLOADS)
                    .maxQueueSize(Integer.MAX_VALUE).build());
            routes.only("publish-image-service").start();

            // Three tiling threads, each with a page to publish.
            ExecutorService tiling = Executors.newFixedThreadPool(3);
            List<CompletableFuture<Object>> pages = IntStream.rangeClosed(1, 3).mapToObj(page -> CompletableFuture
                    .supplyAsync(() -> routes.template().requestBody("direct:publish-image-service", "p" + page),
                            tiling)).toList();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (publisher.uploading.get() < PARALLEL_UPLOADS && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);
            assertThat(publisher.slotsTaken.get()).as("the third page waits for an upload slot")
                    .isEqualTo(PARALLEL_UPLOADS);

            publisher.finish.countDown();
            assertThat(pages.stream().map(CompletableFuture::join).toList())
                    .containsExactlyInAnyOrder("published p1", "published p2", "published p3");
            assertThat(publisher.mostAtOnce.get()).isEqualTo(PARALLEL_UPLOADS);
            assertThat(publisher.uploadThreads).hasSize(3).allSatisfy(thread -> assertThat(thread).as("a Camel pool's, not the tiling thread").startsWith("Camel ("));
            tiling.shutdown();
        }
    }
}
