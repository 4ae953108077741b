package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Matches the types of one {@link TypeInstrumentation}, but only in class loaders that have the module's
 * required classes; records which module owns each matched type so a later failure can name it.
 */
final class ModuleTypeMatcher implements AgentBuilder.RawMatcher {

    private final String moduleName;
    private final ElementMatcher<TypeDescription> typeMatcher;
    private final RequiredClasses requiredClasses;
    private final Map<String, String> owners;
    private final Set<String> reported;

    ModuleTypeMatcher(
            String moduleName,
            ElementMatcher<TypeDescription> typeMatcher,
            RequiredClasses requiredClasses,
            Map<String, String> owners,
            Set<String> reported) {
        this.moduleName = moduleName;
        this.typeMatcher = typeMatcher;
        this.requiredClasses = requiredClasses;
        this.owners = owners;
        this.reported = reported;
    }

    @Override
    public boolean matches(
            TypeDescription type,
            ClassLoader loader,
            JavaModule module,
            Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain) {
        try {
            if (!typeMatcher.matches(type)) {
                return false;
            }
            String missing = requiredClasses.firstMissingIn(loader);
            if (missing != null) {
                if (reported.add(moduleName + " " + type.getName())) {
                    AgentLog.info("instrumentation " + moduleName + " not applied to " + type.getName() + ": class "
                            + missing + " is missing; it runs unmodified");
                }
                return false;
            }
            owners.put(type.getName(), moduleName);
            return true;
        } catch (Throwable failure) {
            if (reported.add(moduleName + " " + type.getName())) {
                AgentLog.info("instrumentation " + moduleName + " not applied to " + type.getName() + " (" + failure
                        + "); it runs unmodified");
            }
            return false;
        }
    }
}
