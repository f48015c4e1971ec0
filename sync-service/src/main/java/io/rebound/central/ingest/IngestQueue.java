package io.rebound.central.ingest;

import io.rebound.central.config.CentralConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Bounded hand-off from the MQTT client to the ingest worker. Its capacity is also the MQTT receive
 * maximum, so the broker cannot have more unacknowledged messages in flight to us than fit here and
 * {@link #offer} does not fail in practice.
 */
@Singleton
public class IngestQueue {
  private final BlockingQueue<InboundMessage> queue;
  private final int capacity;

  @Inject
  public IngestQueue(CentralConfig config) {
    this(config.ingest().queueCapacity());
  }

  IngestQueue(int capacity) {
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  public boolean offer(InboundMessage message) {
    return queue.offer(message);
  }

  /**
   * Waits up to {@code wait} ms for one message, then takes what else is ready, up to {@code max}.
   */
  public List<InboundMessage> takeBatch(int max, long waitMillis) throws InterruptedException {
    InboundMessage first = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
    if (first == null) {
      return List.of();
    }
    List<InboundMessage> batch = new ArrayList<>(Math.min(max, queue.size() + 1));
    batch.add(first);
    queue.drainTo(batch, max - 1);
    return batch;
  }

  public int depth() {
    return queue.size();
  }

  public int capacity() {
    return capacity;
  }
}
