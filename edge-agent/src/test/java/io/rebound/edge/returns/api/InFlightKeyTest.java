package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.CARD_RETURN;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.store.ReadPool;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LatchedProbeProfile.class)
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class InFlightKeyTest {
  @Inject LatchedAcceptProbe probe;
  @Inject ReadPool reads;

  @Test
  void same_key_while_the_first_request_is_in_flight_is_refused_with_409() throws Exception {
    String key = newKey();
    probe.hold(key);
    CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, CARD_RETURN));
    probe.awaitHeld(key);
    TableCounts before = TableCounts.of(reads);

    post(key, CARD_RETURN)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("rule", equalTo("idempotency-key-in-flight"))
        .body("field", equalTo("Idempotency-Key"));
    assertThat(TableCounts.of(reads)).isEqualTo(before);

    probe.release(key);
    Response created = first.get(20, TimeUnit.SECONDS);
    assertThat(created.statusCode()).isEqualTo(201);
    Response retry = post(key, CARD_RETURN);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.asByteArray()).isEqualTo(created.asByteArray());
  }
}
