package io.rebound.central.exceptions;

import java.util.List;

/** A page of exceptions, oldest first; {@code next} is the {@code after} for the next page. */
public record ExceptionPage(List<ExceptionView> items, Long next) {}
