package dev.aviary.runtime;

import dev.aviary.runtime.audit.AuditConfiguration;
import dev.aviary.runtime.problem.ProblemResponses;
import dev.aviary.runtime.security.ServiceSecurity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Wires the conventions of {@code aviary-service-runtime} into every servlet-based Aviary service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemResponses.class, ServiceOpenApi.class, ServiceSecurity.class, AuditConfiguration.class})
public class ServiceRuntimeAutoConfiguration {}
