package io.rebound.central.deadletters;

import java.util.List;

/** A page of dead letters, oldest first; {@code next} is the {@code after} for the next page. */
public record DeadLetterPage(List<DeadLetterView> items, Long next) {}
