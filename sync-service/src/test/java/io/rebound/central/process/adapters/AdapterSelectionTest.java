package io.rebound.central.process.adapters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.testing.CentralTestResources;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The configured kind picks the adapter bean; an unknown kind names the key and the choices. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class AdapterSelectionTest {
  @Inject PaymentGateway active;
  @Inject ErpAdapter activeErp;
  @Inject @Any Instance<PaymentGateway> gateways;

  @Test
  void the_bean_whose_identifier_is_the_configured_kind_is_the_active_adapter() {
    assertThat(active.kind()).isEqualTo("scripted");
    assertThat(activeErp.kind()).isEqualTo("scripted");
    assertThat(AdapterSelection.kinds(gateways)).containsExactly("sandbox", "scripted", "stripe");
  }

  @Test
  void an_unknown_kind_fails_naming_the_key_and_the_kinds_available() {
    assertThatThrownBy(() -> AdapterSelection.check("rebound.payment.kind", "stripy", gateways))
        .isInstanceOf(UnknownAdapterException.class)
        .hasMessage(
            "rebound.payment.kind: 'stripy' is not an available kind (rule: one of [sandbox, scripted,"
                + " stripe])");
  }

  @Test
  void prometheus_exposes_the_process_meters() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("rebound_process_steps{state=\"DEAD_LETTERED\"}"))
        .body(containsString("rebound_process_attempts_total{outcome=\"UNAVAILABLE\"}"))
        .body(containsString("rebound_process_dead_letters_total{step=\"SUPPLIER_CLAIM\"}"));
  }
}
