package dev.aviary.runtime;

import dev.aviary.runtime.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Wires the conventions of {@code aviary-service-runtime} into every servlet-based Aviary service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemResponses.class, ServiceOpenApi.class})
public class ServiceRuntimeAutoConfiguration {}
