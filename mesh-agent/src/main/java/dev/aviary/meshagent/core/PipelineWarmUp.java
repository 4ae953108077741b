package dev.aviary.meshagent.core;

import static net.bytebuddy.matcher.ElementMatchers.named;

import dev.aviary.meshagent.bootstrap.AgentLog;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.BitSet;
import java.util.Collections;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Inlines an advice into a class of the agent's own, once, on a thread of its own, while {@link ByteBuddyEngine}
 * builds the real transformer: the several hundred classes of Byte Buddy's type pool, advice and ASM writer load
 * and initialise on a second core meanwhile, instead of during the first class the application waits for. The
 * result is thrown away; nothing of the application is touched.
 */
final class PipelineWarmUp implements Runnable {

    private final ClassLoader agentLoader;

    private PipelineWarmUp(ClassLoader agentLoader) {
        this.agentLoader = agentLoader;
    }

    static void startInBackground(ClassLoader agentLoader) {
        Thread thread = new Thread(new PipelineWarmUp(agentLoader), "aviary-agent-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            String name = Target.class.getName();
            AdvisedType advised = new AdvisedType(
                    "warm-up", new TargetInstrumentation(), new RequiredClasses(Collections.<String>emptyList()), null);
            AdviceTransformer transformer = new AdviceTransformer(Collections.singletonList(advised), agentLoader);
            BitSet nominees = new BitSet();
            nominees.set(0);
            if (transformer.advise(agentLoader, name, null, classFile(name), nominees) == null) {
                AgentLog.info("warm-up: the advice did not apply; the first classes may take longer to instrument");
            }
        } catch (Throwable failure) {
            AgentLog.info("warm-up failed (" + failure + "); the first classes may take longer to instrument");
        }
    }

    private byte[] classFile(String name) throws Exception {
        InputStream in = agentLoader.getResourceAsStream(name.replace('.', '/') + ".class");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            in.close();
        }
    }

    private static final class TargetInstrumentation implements TypeInstrumentation {

        @Override
        public ElementMatcher<TypeDescription> typeMatcher() {
            return named(Target.class.getName());
        }

        @Override
        public void transform(TypeTransformer transformer) {
            transformer.applyAdvice(named("call"), WarmUpAdvice.class.getName());
        }
    }

    /** Shaped like the classes the instrumentations change: state, arguments, a result, a possible exception. */
    static final class Target {

        private String state = "";

        String call(String argument, int count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative");
            }
            state = argument;
            return argument + count;
        }
    }

    /** Uses the advice features the instrumentations use, so that their parts of Byte Buddy load too. */
    static final class WarmUpAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(
                @Advice.This Object target,
                @Advice.Argument(value = 0, readOnly = false) String argument,
                @Advice.AllArguments Object[] arguments,
                @Advice.FieldValue("state") String state) {
            argument = argument + state;
            return arguments.length > 0 ? target : null;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(
                @Advice.Enter Object entered,
                @Advice.Origin("#m") String method,
                @Advice.Return(readOnly = false) String result,
                @Advice.Thrown Throwable thrown) {
            if (thrown == null && entered != null) {
                result = result + method;
            }
        }
    }
}
