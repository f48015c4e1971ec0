package io.rebound.edge.credit;

import io.rebound.edge.requests.RequestsTestProfile;

/**
 * The request tests' app (real Mosquitto, low water 5, blocks of 10, retry every 500 ms) on a data
 * directory of its own: it starts without any store-credit number.
 */
public class DeferredCreditProfile extends RequestsTestProfile {}
