package dev.aviary.meshagent.dubbo;

import java.util.concurrent.CompletableFuture;

/** What every test service answers: who answered and which lane it ran in ({@link Answering}). */
public interface LaneEcho {

    String answer();

    CompletableFuture<String> answerAsync();
}
