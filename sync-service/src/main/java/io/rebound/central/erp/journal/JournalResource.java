package io.rebound.central.erp.journal;

import io.rebound.central.http.QueryParams;
import io.rebound.protocols.ids.ReturnId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The embedded journal, read-only: {@code ?returnId=&limit=&after=}, oldest first, paged like the
 * dead letters ({@code {"items":[…],"next":id|null}}).
 */
@Path("/api/v1/journal")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final JournalReader reader;

  @Inject
  public JournalResource(JournalReader reader) {
    this.reader = reader;
  }

  @GET
  @Path("/entries")
  public JournalViews.Page<JournalViews.Entry> entries(
      @QueryParam("returnId") String returnId,
      @QueryParam("limit") String limit,
      @QueryParam("after") String after) {
    return reader.entries(returnId(returnId), after(after), limit(limit));
  }

  @GET
  @Path("/stock-movements")
  public JournalViews.Page<JournalViews.Movement> movements(
      @QueryParam("returnId") String returnId,
      @QueryParam("limit") String limit,
      @QueryParam("after") String after) {
    return reader.movements(returnId(returnId), after(after), limit(limit));
  }

  private static UUID returnId(String text) {
    return text == null || text.isEmpty() ? null : ReturnId.parse(text).value();
  }

  private static int limit(String text) {
    return (int) QueryParams.longInRange(text, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  private static long after(String text) {
    return QueryParams.longInRange(text, "after", 0, 0, Long.MAX_VALUE);
  }
}
