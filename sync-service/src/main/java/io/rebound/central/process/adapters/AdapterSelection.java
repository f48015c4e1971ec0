package io.rebound.central.process.adapters;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.payment.PaymentGateway;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.TreeSet;

/**
 * Picks the active payment gateway and ERP adapter. Every implementation is a bean qualified
 * {@code @Identifier("<kind>")}; the one whose identifier equals {@code rebound.payment.kind} /
 * {@code rebound.erp.kind} is produced as the unqualified {@link PaymentGateway} / {@link
 * ErpAdapter} the process injects. {@link #validate()} runs at startup: an unknown kind stops
 * central with a message naming the key and the kinds available.
 */
@Singleton
public class AdapterSelection {
  static final String PAYMENT_KEY = "rebound.payment.kind";
  static final String ERP_KEY = "rebound.erp.kind";

  private final Instance<PaymentGateway> gateways;
  private final Instance<ErpAdapter> erps;
  private final String paymentKind;
  private final String erpKind;

  @Inject
  public AdapterSelection(
      @Any Instance<PaymentGateway> gateways,
      @Any Instance<ErpAdapter> erps,
      CentralConfig config) {
    this.gateways = gateways;
    this.erps = erps;
    this.paymentKind = config.payment().kind();
    this.erpKind = config.erp().kind();
  }

  /** Fails with {@link UnknownAdapterException} when a configured kind has no bean. */
  public void validate() {
    check(PAYMENT_KEY, paymentKind, gateways);
    check(ERP_KEY, erpKind, erps);
  }

  @Produces
  @Singleton
  PaymentGateway activeGateway() {
    return pick(PAYMENT_KEY, paymentKind, gateways);
  }

  @Produces
  @Singleton
  ErpAdapter activeErp() {
    return pick(ERP_KEY, erpKind, erps);
  }

  private static <T> T pick(String key, String kind, Instance<T> all) {
    check(key, kind, all);
    return all.select(Identifier.Literal.of(kind)).get();
  }

  static <T> void check(String key, String kind, Instance<T> all) {
    Instance<T> chosen = all.select(Identifier.Literal.of(kind));
    if (chosen.isResolvable()) {
      return;
    }
    throw new UnknownAdapterException(key, kind, kinds(all), chosen.isAmbiguous());
  }

  /**
   * The identifiers of every implementation bean (the producer's own unqualified bean excluded).
   */
  static <T> List<String> kinds(Instance<T> all) {
    TreeSet<String> kinds = new TreeSet<>();
    for (Instance.Handle<T> handle : all.handles()) {
      handle.getBean().getQualifiers().stream()
          .filter(Identifier.class::isInstance)
          .map(q -> ((Identifier) q).value())
          .forEach(kinds::add);
    }
    return List.copyOf(kinds);
  }
}
