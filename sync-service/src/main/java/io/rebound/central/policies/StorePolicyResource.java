package io.rebound.central.policies;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.central.http.Problem;
import io.rebound.central.http.Problems;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * A store's returns policy. {@code PUT} takes a {@code store-policy} document (schema-validated,
 * then the records' cross-field rules: 400 problem+json naming field and rule); its {@code
 * policyVersion} must be above the stored one, else 409 (rule {@code version-increases}). A stored
 * policy is pushed to the store at once ({@code POLICY_UPDATE}) and again when it comes online.
 */
@Path("/api/v1/stores/{storeId}/policy")
@Produces(MediaType.APPLICATION_JSON)
public class StorePolicyResource {
  private static final Logger LOG = Logger.getLogger(StorePolicyResource.class);

  private final StorePolicyRepository policies;
  private final Event<StorePolicyChanged> changed;

  @Inject
  public StorePolicyResource(StorePolicyRepository policies, Event<StorePolicyChanged> changed) {
    this.policies = policies;
    this.changed = changed;
  }

  @GET
  public Response get(@PathParam("storeId") String storeId) {
    StoreId store = StoreId.of(storeId);
    return policies
        .find(store)
        .map(p -> Response.ok(p).build())
        .orElseGet(() -> Problems.notFound("policy of store", storeId, path(storeId)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(@PathParam("storeId") String storeId, byte[] body) {
    StoreId store = StoreId.of(storeId);
    JsonNode tree = ProtocolJson.parseTree(body);
    MessageSchemas.instance().validate(MessageKind.STORE_POLICY, tree);
    StorePolicy policy = ProtocolJson.decode(tree, StorePolicy.class);
    PolicyPut result = policies.put(store, policy);
    if (result instanceof PolicyPut.Stale stale) {
      return Problems.response(
          new Problem(
              "https://rebound.io/problems/stale-policy-version",
              "Stale policy version",
              409,
              "policyVersion "
                  + policy.policyVersion()
                  + " must be above the stored version "
                  + stale.storedVersion()
                  + " of store "
                  + storeId,
              path(storeId),
              "policyVersion",
              "version-increases"));
    }
    StoredPolicy stored = ((PolicyPut.Stored) result).policy();
    LOG.infof("store %s: policy v%d stored", storeId, stored.policyVersion());
    changed.fire(new StorePolicyChanged(stored));
    return Response.ok(stored).build();
  }

  private static String path(String storeId) {
    return "/api/v1/stores/" + storeId + "/policy";
  }
}
