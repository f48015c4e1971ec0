package io.rebound.central.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @QuarkusTest} class whose requests carry no default ops credentials: {@link
 * OpsCredentialsCallback} leaves RestAssured's default request specification empty, and each
 * request chooses its own credentials.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutOpsCredentials {}
