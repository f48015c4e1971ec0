package io.rebound.edge.commands;

import io.rebound.edge.sync.testing.SyncTestProfile;

/** Its own app (and data directory): the policies pushed here must not reach other tests. */
public class CommandsTestProfile extends SyncTestProfile {}
