package io.rebound.central.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.central.payment.stripe.StripeError.Meaning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each Stripe error answer is classified: decline, rejection, or unavailable. */
class StripeErrorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1}/{2} -> {3}")
  @CsvSource({
    "402, card_error, card_declined, DECLINED",
    "400, invalid_request_error, charge_already_refunded, DECLINED",
    "400, invalid_request_error, charge_disputed, DECLINED",
    "400, invalid_request_error, amount_too_large, DECLINED",
    "400, invalid_request_error, parameter_missing, REJECTED",
    "400, invalid_request_error, resource_missing, REJECTED",
    "400, idempotency_error, '', REJECTED",
    "401, invalid_request_error, '', REJECTED",
    "403, invalid_request_error, '', REJECTED",
    "404, invalid_request_error, resource_missing, REJECTED",
    "409, invalid_request_error, '', UNAVAILABLE",
    "429, invalid_request_error, rate_limit, UNAVAILABLE",
    "500, api_error, '', UNAVAILABLE",
    "502, api_error, '', UNAVAILABLE",
    "503, api_error, '', UNAVAILABLE"
  })
  void each_answer_has_one_meaning(int status, String type, String code, Meaning meaning)
      throws Exception {
    String codeField = code == null || code.isEmpty() ? "" : ",\"code\":\"" + code + "\"";
    String body = "{\"error\":{\"type\":\"" + type + "\"" + codeField + ",\"message\":\"m\"}}";

    StripeError error = StripeError.parse(status, JSON.readTree(body));

    assertThat(error.meaning()).isEqualTo(meaning);
  }

  @ParameterizedTest
  @CsvSource({"500", "502", "504"})
  void a_non_json_gateway_error_page_is_still_unavailable(int status) {
    assertThat(StripeError.parse(status, null).meaning()).isEqualTo(Meaning.UNAVAILABLE);
  }
}
