package dev.aviary.meshagent.core;

import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;

/** One {@link TypeInstrumentation} of an enabled module, ready to apply: which types, what advice, what it needs. */
final class AdvisedType {

    final String moduleName;
    private final ElementMatcher<TypeDescription> typeMatcher;
    private final RequiredClasses requiredClasses;
    private final HelperInjector helpers; // null when the module has none
    private final List<ElementMatcher<? super MethodDescription>> methods =
            new ArrayList<ElementMatcher<? super MethodDescription>>();
    private final List<String> adviceClassNames = new ArrayList<String>();

    AdvisedType(String moduleName, TypeInstrumentation type, RequiredClasses requiredClasses, HelperInjector helpers) {
        this.moduleName = moduleName;
        this.typeMatcher = type.typeMatcher();
        this.requiredClasses = requiredClasses;
        this.helpers = helpers;
        type.transform(new TypeTransformer() {
            @Override
            public void applyAdvice(ElementMatcher<? super MethodDescription> matcher, String adviceClassName) {
                methods.add(matcher);
                adviceClassNames.add(adviceClassName);
            }
        });
    }

    boolean matches(TypeDescription type) {
        return typeMatcher.matches(type);
    }

    /**
     * The first class the advice links against that {@code loader} cannot provide, or {@code null}; looked up through
     * {@code loaderClasses}, which sees that loader's classes (see {@link RequiredClasses#firstMissingIn}).
     */
    String firstMissingIn(ClassLoader loader, ClassFileLocator loaderClasses) {
        return requiredClasses.firstMissingIn(loader, loaderClasses);
    }

    /** Whether the changed class uses helper classes of the module (defined in its loader by {@link #applyTo}). */
    boolean hasHelpers() {
        return helpers != null;
    }

    /**
     * Defines the module's helpers in {@code loader} and adds the advice to {@code builder}. The advice classes are
     * read through {@code advicePool}, which sees the agent's classes and the library's (for the types the advice
     * names in its signatures).
     */
    DynamicType.Builder<?> applyTo(
            DynamicType.Builder<?> builder,
            ClassLoader loader,
            ProtectionDomain protectionDomain,
            TypePool advicePool,
            ClassFileLocator adviceLocator) {
        if (helpers != null) {
            helpers.injectInto(loader, protectionDomain);
        }
        for (int i = 0; i < methods.size(); i++) {
            Advice advice = Advice.to(
                            advicePool.describe(adviceClassNames.get(i)).resolve(), adviceLocator)
                    .withExceptionHandler(Advice.ExceptionHandler.Default.SUPPRESSING);
            builder = builder.visit(advice.on(methods.get(i)));
        }
        return builder;
    }
}
