package io.rebound.central.process.engine;

import io.rebound.central.db.DatabaseException;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpException;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.erp.SupplierClaim;
import io.rebound.central.payment.PaymentException;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.process.client.ErpClient;
import io.rebound.central.process.client.PaymentClient;
import io.rebound.central.process.model.AttemptOutcome;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.store.ClaimedStep;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Makes one attempt of a claimed step through its system's client bean. */
@Singleton
public class StepExecutor {
  private final StepInputs inputs;
  private final PaymentClient payments;
  private final ErpClient erp;

  @Inject
  public StepExecutor(StepInputs inputs, PaymentClient payments, ErpClient erp) {
    this.inputs = inputs;
    this.payments = payments;
    this.erp = erp;
  }

  /** The adapter kind the step's system uses (recorded with the attempt). */
  String adapterKind(StepKind kind) {
    return kind == StepKind.REFUND ? payments.kind() : erp.kind();
  }

  boolean sandbox(StepKind kind) {
    return kind == StepKind.REFUND ? payments.sandbox() : erp.sandbox();
  }

  Attempt execute(ClaimedStep step) {
    try {
      // inputs are built before the guarded call: a step that cannot be built is no ERP failure
      StepInputs.Facts facts = inputs.facts(step);
      return switch (step.kind()) {
        case REFUND -> refund(inputs.refund(facts), step.everAttempted());
        case CREDIT_NOTE -> {
          ReturnPosting posting = inputs.posting(facts);
          yield post(e -> e.postCreditNote(posting));
        }
        case STOCK_RETURN -> {
          ReturnPosting posting = inputs.posting(facts);
          yield post(e -> e.postStockReturn(posting));
        }
        case DISPOSITION -> {
          DispositionPosting posting = inputs.disposition(facts);
          yield post(e -> e.postDisposition(posting));
        }
        case SUPPLIER_CLAIM -> {
          SupplierClaim claim = inputs.claim(facts, step);
          yield post(e -> e.raiseSupplierClaim(claim));
        }
      };
    } catch (StepInputException e) {
      return new Attempt.Failed(AttemptOutcome.INVALID, e.rule(), e.getMessage());
    } catch (CircuitBreakerOpenException e) {
      return new Attempt.Held("circuit open");
    } catch (BulkheadException e) {
      return new Attempt.Held("bulkhead full");
    } catch (DatabaseException e) {
      return new Attempt.Held("central database unavailable");
    } catch (TimeoutException e) {
      return new Attempt.Failed(
          AttemptOutcome.UNAVAILABLE, "timeout", "no answer in time: " + e.getMessage());
    } catch (PaymentException e) {
      return failed(e.retryable(), "gateway", e.getMessage());
    } catch (ErpException e) {
      return failed(e.retryable(), "erp", e.getMessage());
    } catch (RuntimeException e) {
      return new Attempt.Failed(
          AttemptOutcome.UNAVAILABLE,
          "unexpected",
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Attempt refund(RefundCommand command, boolean lookUpFirst) {
    RefundOutcome outcome = payments.call(command, lookUpFirst);
    if (outcome instanceof RefundOutcome.Succeeded s) {
      return new Attempt.Done(s.refundId());
    }
    if (outcome instanceof RefundOutcome.Pending p) {
      return new Attempt.PendingAtGateway(p.refundId());
    }
    RefundOutcome.Declined d = (RefundOutcome.Declined) outcome;
    return new Attempt.Declined(d.refundId(), d.code(), d.message());
  }

  private Attempt post(Function<ErpAdapter, ErpDocument> operation) {
    ErpDocument document = erp.call(operation);
    return new Attempt.Done(document.externalReference());
  }

  private static Attempt failed(boolean retryable, String system, String message) {
    return retryable
        ? new Attempt.Failed(AttemptOutcome.UNAVAILABLE, system + "-unavailable", message)
        : new Attempt.Failed(AttemptOutcome.REJECTED, system + "-rejected", message);
  }
}
