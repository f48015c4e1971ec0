package io.rebound.central.payment.sandbox;

/** Final state of a sandbox refund: settles at once, or is declined by a {@link SandboxRules}. */
enum SandboxRefundStatus {
  SUCCEEDED,
  DECLINED
}
