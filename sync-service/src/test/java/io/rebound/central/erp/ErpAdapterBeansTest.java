package io.rebound.central.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.testing.CentralTestResources;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Both adapters are beans, selectable by {@code @Identifier(rebound.erp.kind)} (the test profile
 * selects scripted adapters; the journal default is asserted by PaymentConfigCheckTest).
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class ErpAdapterBeansTest {
  @Inject @Any Instance<ErpAdapter> adapters;
  @Inject CentralConfig config;

  @Test
  void each_kind_selects_its_adapter() {
    for (String kind : new String[] {"journal", "tryton"}) {
      assertThat(adapters.select(Identifier.Literal.of(kind)).get().kind()).isEqualTo(kind);
    }
    assertThat(config.erp().tryton().warehouses()).isEmpty();
    assertThat(config.erp().tryton().scrapLocation()).isEqualTo("Lost and Found");
  }
}
