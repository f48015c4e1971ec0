package io.rebound.protocols.receipts;

/** The protected header a receipt token is signed with (members in this order). */
record JwsHeader(String alg, String kid) {}
