package com.policyminer.render;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The render queue: answers within its time limit, refuses when full, passes failures through. */
class RenderQueueTest {

    @Test
    void aTaskPastTheTimeLimitIsATimeoutAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (RenderQueue queue = new RenderQueue(1, 1, Duration.ofMillis(100))) {
            long t0 = System.nanoTime();
            PageFailure f = assertThrows(PageFailure.class, () -> queue.run(deadline -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            }));
            assertEquals(PageFailure.Reason.TIMEOUT, f.reason());
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5));
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the worker was not interrupted");
            for (int i = 0; i < 500 && queue.pending() > 0; i++) {
                Thread.sleep(10);
            }
            assertEquals("next", queue.run(deadline -> "next"), "the worker is free again");
        }
    }

    @Test
    void aFullQueueIsRefusedAsBusy() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (RenderQueue queue = new RenderQueue(1, 0, Duration.ofSeconds(10))) {
            Thread first = new Thread(() -> {
                try {
                    queue.run(deadline -> {
                        running.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return 1;
                    });
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            first.start();
            assertTrue(running.await(5, TimeUnit.SECONDS));
            PageFailure f = assertThrows(PageFailure.class, () -> queue.run(deadline -> 2));
            assertEquals(PageFailure.Reason.BUSY, f.reason());
            release.countDown();
            first.join(5000);
        }
    }

    @Test
    void failuresOfTheTaskComeThroughTyped() {
        try (RenderQueue queue = new RenderQueue(1, 1, Duration.ofSeconds(10))) {
            PageFailure own = assertThrows(PageFailure.class, () -> queue.run(deadline -> {
                throw new PageFailure(PageFailure.Reason.NO_SUCH_PAGE, "page 9 of 3");
            }));
            assertEquals(PageFailure.Reason.NO_SUCH_PAGE, own.reason());
            PageFailure deadline = assertThrows(PageFailure.class, () -> queue.run(d -> {
                throw new PageRenderer.DeadlinePassed();
            }));
            assertEquals(PageFailure.Reason.TIMEOUT, deadline.reason());
            PageFailure bug = assertThrows(PageFailure.class, () -> queue.run(d -> {
                throw new ClassCastException("COSInteger cannot be cast to COSDictionary");
            }));
            assertEquals(PageFailure.Reason.UNREADABLE, bug.reason());
            assertThrows(java.io.IOException.class, () -> queue.run(d -> {
                throw new java.io.IOException("disk");
            }));
        }
    }
}
